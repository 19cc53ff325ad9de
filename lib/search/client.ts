// Browser side of search. Fetches a locale's head once, on first use; then, per query, only
// the shards of its terms not fetched yet; then the names of the results it shows; and, for
// the results shown with a snippet, their pages' text. Imported dynamically by the search
// components, so pages pay nothing until search is used.
import { otherLocale, type Locale } from '../i18n/locales';
import { addShard, createEngine, missingShards, searchAcross, snippetOf, type Engine } from './engine';
import { hasHan, hasLatin } from './tokenize';
import { isDocMeta, isSearchHead, isSearchText, isShardFile, type SearchFilters, type SearchResult } from './types';

const base = (locale: Locale) => `/search-index/${locale}`;

/** One fetch per URL, however many queries ask; a failed one may be tried again. */
const fetched = new Map<string, Promise<unknown>>();
function fetchJson<T>(url: string, is: (value: unknown) => value is T): Promise<T> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`search: HTTP ${r.status} for ${url}`))));
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending.then((value) => (is(value) ? value : Promise.reject(new Error(`search: unexpected shape of ${url}`))));
}

const engines = new Map<Locale, Promise<Engine>>();
function getEngine(locale: Locale): Promise<Engine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = fetchJson(`${base(locale)}/head.json`, isSearchHead).then(createEngine);
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}

async function engineFor(locale: Locale, query: string): Promise<Engine> {
  const engine = await getEngine(locale);
  await Promise.all(
    missingShards(engine, query).map(async (n) => {
      const shard = await fetchJson(`${base(locale)}/shards/${n}.json`, isShardFile);
      if (!engine.shards.has(n)) addShard(engine, n, shard);
    }),
  );
  return engine;
}

const crossScript = (locale: Locale, query: string) => (locale === 'zh' ? hasLatin(query) : hasHan(query));

/**
 * Results in `locale`, best first, without snippets. A query written in the other language's
 * script also searches that language's text, and such results are labelled as found through it.
 */
export async function runSearch(locale: Locale, query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResult[]> {
  const [own, other] = await Promise.all([
    engineFor(locale, query),
    // The other language is a bonus: offline, or on a failed fetch, search goes on without it.
    crossScript(locale, query) ? engineFor(otherLocale(locale), query).catch(() => undefined) : undefined,
  ]);
  const hits = searchAcross(own, other, query, filters, limit);
  return Promise.all(hits.map(async (hit) => ({ ...hit, doc: await fetchJson(`${base(locale)}/docs/${hit.id}.json`, isDocMeta) })));
}

/** The same results with their snippets, from the text of each page (of the language it matched in). */
export async function addSnippets(locale: Locale, query: string, results: SearchResult[]): Promise<SearchResult[]> {
  return Promise.all(
    results.map(async (result) => {
      const from = result.viaTranslation ? otherLocale(locale) : locale;
      const [engine, text] = await Promise.all([getEngine(from), fetchJson(`${base(from)}/text/${result.id}.json`, isSearchText)]);
      return { ...result, snippet: snippetOf(engine, query, text) };
    }),
  );
}
