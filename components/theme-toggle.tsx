'use client';
// Cycles system → light → dark. Invisible until JavaScript runs (without it the page follows
// the system setting and a dead button would only confuse), but its space is kept so nothing shifts.
import { useSyncExternalStore } from 'react';
import { themeStorageKey, themes, type Theme } from '@/lib/site/theme';
import { readStored, subscribeStored, writeStored } from '@/lib/site/local-storage';

interface Labels {
  label: string;
  system: string;
  light: string;
  dark: string;
}

// Storage may be refused (cookies blocked, some private modes): the toggle then works for this page only.
function readTheme(): Theme {
  const stored = readStored(themeStorageKey);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

const themeChangeEvent = 'theme-change';
const subscribe = subscribeStored(themeChangeEvent);
// Before hydration there is no stored choice to show: the button stays invisible.
const serverTheme = () => null;

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  if (theme !== 'system') root.classList.add(theme);
  writeStored(themeStorageKey, theme === 'system' ? null : theme, themeChangeEvent);
}

export function ThemeToggle({ labels }: { labels: Labels }) {
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, serverTheme);
  const current = theme ?? 'system';
  const next = themes[(themes.indexOf(current) + 1) % themes.length];
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      data-theme={theme ?? undefined}
      onClick={() => applyTheme(next)}
      className={`rounded border border-neutral-300 px-2 py-1 text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800 ${theme ? '' : 'invisible'}`}
    >
      {labels.label}: {labels[current]}
    </button>
  );
}
