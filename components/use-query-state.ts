'use client';
// State that lives in the query string. The page is rendered statically with `initial` (so its
// form is in the HTML and nothing shifts when JavaScript starts); once hydrated the URL's query
// is read, and every change is written back with replaceState, so a result can be shared.
import { useEffect, useMemo, useState, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';

/** Announced after this hook rewrites the query string (the language switch follows it). */
export const queryChangeEvent = 'query-change';

// The query string is only read at hydration: later changes are this hook's own.
const noSubscription = () => () => {};
const clientQuery = () => window.location.search;
const serverQuery = () => null;

export function useQueryState<T>(
  initial: T,
  read: (params: URLSearchParams) => T,
  write: (state: T) => string,
): [T, Dispatch<SetStateAction<T>>] {
  const query = useSyncExternalStore(noSubscription, clientQuery, serverQuery);
  const fromUrl = useMemo(() => (query === null ? null : read(new URLSearchParams(query))), [query, read]);
  const [edited, setEdited] = useState<{ value: T } | null>(null);
  const state = edited?.value ?? fromUrl ?? initial;
  const setState: Dispatch<SetStateAction<T>> = (action) =>
    setEdited((prev) => {
      const base = prev?.value ?? state;
      return { value: action instanceof Function ? action(base) : action };
    });
  useEffect(() => {
    if (!edited) return;
    const next = write(edited.value);
    const url = `${window.location.pathname}${next ? `?${next}` : ''}`;
    // Callers may pass a new `write` each render: only touch history when the URL changes.
    if (url === window.location.pathname + window.location.search) return;
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(queryChangeEvent)); // replaceState fires no event of its own
  }, [edited, write]);
  return [state, setState];
}
