'use client';
// The handout list in this browser, kept in step with writes here and in other tabs.
// Undefined until hydrated (the static HTML cannot know what a browser has stored).
import { useMemo, useSyncExternalStore } from 'react';
import { readStoredHandout, restoreHandout, subscribeHandout, type RestoredHandout } from '@/lib/handout/storage';

const beforeHydration = () => undefined;

export function useStoredHandout(): RestoredHandout | undefined {
  const raw = useSyncExternalStore<string | null | undefined>(subscribeHandout, readStoredHandout, beforeHydration);
  return useMemo(() => (raw === undefined ? undefined : restoreHandout(raw)), [raw]);
}
