'use client';
// A ranked list of results. Snippets are built from text segments: a query is never
// injected as HTML.
import Link from 'next/link';
import { clientStrings, fill } from '@/lib/i18n/client-strings';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchResult } from '@/lib/search/types';
import { liabilityHref, searchHref } from '@/lib/site/urls';

interface Props {
  locale: Locale;
  query: string;
  results: SearchResult[];
  /** Called when a result is chosen (the header panel closes itself). */
  onNavigate?: () => void;
  compact?: boolean;
}

export function SearchResults({ locale, query, results, onNavigate, compact = false }: Props) {
  const dict = clientStrings(locale);
  if (results.length === 0) {
    return (
      <div data-testid="search-none" className="space-y-2 text-sm">
        <p>{fill(dict.search.none, { q: query.slice(0, 80) })}</p>
        <p>
          {dict.search.tryThese}{' '}
          {dict.suggestions.map((s) => (
            <Link key={s} href={searchHref(locale, s)} onClick={onNavigate} className="me-3 underline">
              {s}
            </Link>
          ))}
        </p>
        <p>
          {dict.search.orBrowse}{' '}
          {(['civil', 'criminal', 'administrative'] as const).map((l) => (
            <Link key={l} href={liabilityHref(locale, l)} onClick={onNavigate} className="me-3 underline">
              {dict.liability[l]}
            </Link>
          ))}
        </p>
      </div>
    );
  }
  return (
    <ol data-testid="search-results" className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {results.map(({ doc, snippet, viaTranslation }) => (
        <li key={doc.url} className="py-2">
          <Link
            href={doc.url}
            onClick={onNavigate}
            data-ref={doc.ref}
            className="block rounded px-1 hover:bg-neutral-100 focus:bg-neutral-100 dark:hover:bg-neutral-800 dark:focus:bg-neutral-800"
          >
            <span className="font-medium text-blue-800 dark:text-blue-300">{doc.title}</span>
            {doc.heading && doc.kind === 'provision' && <span className="ms-2">{doc.heading}</span>}
            <span className="ms-2 text-xs text-neutral-600 dark:text-neutral-400">
              {[
                dict.search.kinds[doc.kind],
                doc.status && dict.status[doc.status],
                ...doc.liability.map((l) => dict.liability[l]),
                ...doc.former.map((n) => fill(dict.search.formerly, { n })),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {!compact && snippet && (
              <span
                className="mt-1 block text-sm text-neutral-700 dark:text-neutral-300"
                lang={viaTranslation ? (locale === 'zh' ? 'en' : 'zh-CN') : undefined}
              >
                {snippet.map((s, i) =>
                  s.hit ? (
                    <mark key={i} className="bg-amber-200 text-inherit dark:bg-amber-800">
                      {s.text}
                    </mark>
                  ) : (
                    s.text
                  ),
                )}
              </span>
            )}
            {viaTranslation && (
              <span className="mt-1 block text-xs text-neutral-600 italic dark:text-neutral-400">{dict.search.viaTranslation}</span>
            )}
          </Link>
        </li>
      ))}
    </ol>
  );
}
