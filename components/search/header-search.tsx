'use client';
// The search box in every page's header. Without JavaScript it is a plain form that opens the
// search page; with it, results appear as you type. Keys: / or Ctrl/⌘+K focus it, ↓/↑ move
// through results, Enter opens one, Esc closes.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { clientStrings } from '@/lib/i18n/client-strings';
import type { Locale } from '@/lib/i18n/locales';
import { searchHref } from '@/lib/site/urls';
import { SearchResults } from './search-results';
import { useSearch } from './use-search';

export function HeaderSearch({ locale }: { locale: Locale }) {
  const dict = clientStrings(locale).search;
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const state = useSearch(locale, open ? query : '', {}, { limit: 8 });

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
        e.preventDefault();
        input.current?.focus();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const links = () => [...(panel.current?.querySelectorAll<HTMLAnchorElement>('[data-testid="search-results"] a') ?? [])];
  const move = (e: KeyboardEvent, step: number) => {
    const all = links();
    if (!all.length) return;
    e.preventDefault();
    const at = all.findIndex((a) => a === document.activeElement);
    if (at + step < 0) input.current?.focus();
    else all[Math.min(at + step, all.length - 1)].focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(e, 1);
    else if (e.key === 'ArrowUp') move(e, -1);
    else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
    }
  };

  return (
    <div
      className="relative w-full sm:w-72"
      onKeyDown={onKeyDown}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
    >
      <form
        action={searchHref(locale)}
        method="get"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(false);
          router.push(searchHref(locale, query));
        }}
      >
        <label htmlFor="header-search" className="sr-only">
          {dict.label}
        </label>
        <input
          ref={input}
          id="header-search"
          name="q"
          type="search"
          value={query}
          autoComplete="off"
          placeholder={dict.placeholder}
          title={dict.shortcut}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          className="w-full rounded border border-neutral-300 bg-white px-2 py-1 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        />
      </form>
      {open && query.trim() !== '' && (
        <div
          ref={panel}
          id="header-search-panel"
          role="region"
          aria-label={dict.title}
          aria-live="polite"
          className="absolute end-0 z-20 mt-1 max-h-[70vh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-neutral-200 bg-white p-2 shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
        >
          {state.status === 'loading' && <p className="p-2 text-sm">{dict.loading}</p>}
          {state.status === 'error' && <p className="p-2 text-sm">{dict.failed}</p>}
          {state.status === 'ready' && (
            <>
              <SearchResults locale={locale} query={state.query} results={state.results} onNavigate={() => setOpen(false)} />
              <a href={searchHref(locale, query)} className="mt-2 block p-1 text-sm underline">
                {dict.allResults} →
              </a>
            </>
          )}
        </div>
      )}
    </div>
  );
}
