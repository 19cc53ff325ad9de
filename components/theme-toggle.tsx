'use client';
// Cycles system → light → dark. Invisible until JavaScript runs (without it the page follows
// the system setting and a dead button would only confuse), but its space is kept so nothing shifts.
import { useEffect, useState } from 'react';
import { themeStorageKey, themes, type Theme } from '@/lib/theme';

interface Labels { label: string; system: string; light: string; dark: string }

function readTheme(): Theme {
  const stored = localStorage.getItem(themeStorageKey);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  if (theme === 'system') localStorage.removeItem(themeStorageKey);
  else {
    root.classList.add(theme);
    localStorage.setItem(themeStorageKey, theme);
  }
}

export function ThemeToggle({ labels }: { labels: Labels }) {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(readTheme()), []);
  const current = theme ?? 'system';
  const next = themes[(themes.indexOf(current) + 1) % themes.length];
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      data-theme={theme ?? undefined}
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
      className={`rounded border border-neutral-300 px-2 py-1 text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800 ${theme ? '' : 'invisible'}`}
    >
      {labels.label}: {labels[current]}
    </button>
  );
}
