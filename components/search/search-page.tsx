'use client';
// The full search page: the query and filters live in the URL (?q=…&liability=…), so a search
// can be shared and reopened.
import { useState } from 'react';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { Liability, Status } from '@/lib/content/schema';
import { liabilities, statuses } from '@/lib/content/vocabulary';
import { searchKinds, type SearchFilters, type SearchKind } from '@/lib/search/types';
import { useQueryState } from '../use-query-state';
import { SearchResults } from './search-results';
import { useSearch } from './use-search';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => allowed.find((a) => a === value);

export function SearchPage({ locale, instruments }: { locale: Locale; instruments: { slug: string; name: string }[] }) {
  const dict = t(locale);
  const [{ query, filters }, setSearch] = useQueryState<{ query: string; filters: SearchFilters }>(
    { query: '', filters: {} },
    (params) => ({
      query: params.get('q') ?? '',
      filters: {
        liability: pick<Liability>(params.get('liability'), liabilities),
        instrument: pick(
          params.get('instrument'),
          instruments.map((i) => i.slug),
        ),
        status: pick<Status>(params.get('status'), statuses),
        kind: pick<SearchKind>(params.get('kind'), searchKinds),
      },
    }),
    (s) => {
      const params = new URLSearchParams();
      if (s.query) params.set('q', s.query);
      const { liability, instrument, status, kind } = s.filters;
      for (const [key, value] of Object.entries({ liability, instrument, status, kind })) if (value) params.set(key, value);
      return params.toString();
    },
  );
  const setQuery = (q: string) => setSearch((s) => ({ ...s, query: q }));
  const setFilters = (change: (f: SearchFilters) => SearchFilters) => setSearch((s) => ({ ...s, filters: change(s.filters) }));
  const state = useSearch(locale, query, filters);

  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = Object.values(filters).filter(Boolean).length;
  const select = (key: keyof SearchFilters, label: string, options: [string, string][]) => (
    <label className="flex min-w-0 flex-col text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={filters[key] ?? ''}
        data-filter={key}
        onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value || undefined }))}
        className="w-full max-w-full min-w-0 rounded border border-neutral-300 bg-white px-2 py-1 sm:w-auto sm:max-w-xs dark:border-neutral-700 dark:bg-neutral-900"
      >
        <option value="">{label}</option>
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-input" className="sr-only">
          {dict.search.label}
        </label>
        <input
          id="search-page-input"
          type="search"
          value={query}
          autoFocus
          autoComplete="off"
          placeholder={dict.search.placeholder}
          onChange={(e) => setQuery(e.target.value)}
          className="w-full rounded border border-neutral-400 bg-white px-3 py-2 text-lg dark:border-neutral-600 dark:bg-neutral-900"
        />
      </form>
      {/* On phones the filters fold away behind one button, so the results come first. */}
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls="search-filters"
        data-testid="search-filters-toggle"
        onClick={() => setFiltersOpen((o) => !o)}
        className="rounded border border-neutral-400 px-3 py-1 text-sm sm:hidden dark:border-neutral-600"
      >
        {dict.search.filters}
        {activeFilters > 0 && ` (${activeFilters})`}
      </button>
      <fieldset
        id="search-filters"
        className={`${filtersOpen ? 'flex' : 'hidden'} min-w-0 flex-col gap-2 sm:flex sm:flex-row sm:flex-wrap`}
      >
        <legend className="sr-only">{dict.search.filters}</legend>
        {select(
          'liability',
          dict.search.anyLiability,
          liabilities.map((l) => [l, dict.liability[l]]),
        )}
        {select(
          'instrument',
          dict.search.anyInstrument,
          instruments.map((i) => [i.slug, i.name]),
        )}
        {select(
          'status',
          dict.search.anyStatus,
          statuses.map((s) => [s, dict.status[s]]),
        )}
        {select(
          'kind',
          dict.search.anyKind,
          searchKinds.map((k) => [k, dict.search.kinds[k]]),
        )}
      </fieldset>
      <div aria-live="polite">
        {state.status === 'loading' && <p>{dict.search.loading}</p>}
        {state.status === 'error' && <p>{dict.search.failed}</p>}
        {state.status === 'ready' && (
          <>
            <p className="text-sm text-neutral-600 dark:text-neutral-400" data-testid="search-count">
              {dict.search.count(state.results.length)}
            </p>
            <SearchResults locale={locale} query={state.query} results={state.results} />
          </>
        )}
      </div>
    </div>
  );
}
