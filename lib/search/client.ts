// Browser side of search: fetches a locale's index once, on first use, and answers queries.
// Imported dynamically by the search components, so pages don't pay for FlexSearch until then.
import { otherLocale, type Locale } from '../i18n/locales';
import { loadEngine, searchAcross, type Engine } from './engine';
import { hasHan, hasLatin } from './tokenize';
import { isIndexFile, type SearchFilters, type SearchResult } from './types';

const engines = new Map<Locale, Promise<Engine>>();

function getEngine(locale: Locale): Promise<Engine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = fetch(`/search-index/${locale}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`search index: HTTP ${r.status}`))))
      .then((json: unknown) => {
        if (!isIndexFile(json)) throw new Error('search index: unexpected shape');
        return loadEngine(json);
      });
    engine.catch(() => engines.delete(locale)); // let a later attempt retry
    engines.set(locale, engine);
  }
  return engine;
}

/**
 * Results in `locale`, best first. A query written in the other language's script also
 * searches that language's text, and such results are labelled as found through it.
 */
export async function runSearch(locale: Locale, query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResult[]> {
  const crossScript = locale === 'zh' ? hasLatin(query) : hasHan(query);
  const [own, other] = await Promise.all([getEngine(locale), crossScript ? getEngine(otherLocale(locale)) : undefined]);
  return searchAcross(own, other, query, filters, limit);
}
