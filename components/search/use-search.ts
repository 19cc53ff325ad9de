'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchFilters, SearchResult } from '@/lib/search/types';

type SearchState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; query: string; results: SearchResult[] };

type Answer = { status: 'error' } | { status: 'ready'; query: string; results: SearchResult[] };

interface Options {
  limit?: number;
  /** Fetch each shown result's text for its snippet, after the results are on screen. */
  snippets?: boolean;
}

/**
 * Runs a search whenever the query or filters change; loads the engine on first use. While a
 * new answer is on its way the previous results stay on screen, so typing does not flicker.
 */
export function useSearch(
  locale: Locale,
  query: string,
  filters: SearchFilters = {},
  { limit = 20, snippets = true }: Options = {},
): SearchState {
  const q = query.trim();
  // Callers pass a new filters object each render: what identifies a search is its contents.
  const { liability, instrument, status, kind } = filters;
  const key = JSON.stringify([locale, q, liability, instrument, status, kind, limit, snippets]);
  const [answer, setAnswer] = useState<{ key: string; value: Answer } | null>(null);
  useEffect(() => {
    if (!q) return;
    let current = true;
    const show = (results: SearchResult[]) => current && setAnswer({ key, value: { status: 'ready', query: q, results } });
    import('@/lib/search/client')
      .then(async ({ runSearch, addSnippets }) => {
        const results = await runSearch(locale, q, { liability, instrument, status, kind }, limit);
        show(results);
        // Snippets follow; a failure there leaves the results as they are.
        if (snippets && results.length) show(await addSnippets(locale, q, results).catch(() => results));
      })
      .catch(() => current && setAnswer({ key, value: { status: 'error' } }));
    return () => {
      current = false;
    };
  }, [key, locale, q, liability, instrument, status, kind, limit, snippets]);
  if (!q) return { status: 'idle' };
  if (answer?.key === key) return answer.value;
  return answer?.value.status === 'ready' ? answer.value : { status: 'loading' };
}
