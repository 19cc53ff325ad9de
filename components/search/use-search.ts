'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '@/lib/locales';
import type { SearchFilters, SearchResult } from '@/lib/search/types';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; query: string; results: SearchResult[] };

/** Runs a search whenever the query or filters change; loads the engine on first use. */
export function useSearch(locale: Locale, query: string, filters: SearchFilters = {}, limit = 20): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // Callers pass a new object each render; search again only when its contents change.
  const filterKey = JSON.stringify(filters);
  const stableFilters = useMemo(() => filters, [filterKey]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    import('@/lib/search/client')
      .then(({ runSearch }) => runSearch(locale, q, stableFilters, limit))
      .then((results) => current && setState({ status: 'ready', query: q, results }))
      .catch(() => current && setState({ status: 'error' }));
    return () => {
      current = false;
    };
  }, [locale, query, stableFilters, limit]);
  return state;
}
