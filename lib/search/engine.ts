// The search engine: a sharded candidate index (postings.ts) saying which documents hold a
// term and in which field, a head of per-document columns, and our own ranking (rank.ts).
// The browser fetches the head, then only the shards of the terms typed, then only the
// names (docs/) and texts (text/) of the results it shows: see client.ts.
import { liabilities, statuses } from '../content/vocabulary';
import { parseQuery, type AliasTable } from './query';
import { articleKey, decodeIds, encodeIds, FIELD, fields, indexKeys, phrasePairs, shardOf, type Shard } from './postings';
import { score, snippet, type RankedDoc } from './rank';
import { hasHan, tokenize } from './tokenize';
import {
  searchKinds,
  type SearchDoc,
  type SearchDocMeta,
  type SearchFilters,
  type SearchHead,
  type SearchHit,
  type SearchText,
} from './types';

export interface SearchIndex {
  head: SearchHead;
  shards: Shard[];
  /** By document id. */
  docs: SearchDocMeta[];
  texts: SearchText[];
}

/** About 6 KB of JSON per shard (2–3 KB compressed): a query's few terms fetch a few of them. */
const SHARD_BYTES = 6000;

export function buildSearchIndex(locale: string, docs: SearchDoc[], aliases: AliasTable, shardBytes = SHARD_BYTES): SearchIndex {
  const postings = new Map<string, number[][]>();
  const add = (key: string, f: number, id: number) => {
    let lists = postings.get(key);
    if (!lists) postings.set(key, (lists = fields.map(() => [])));
    lists[f].push(id);
  };
  for (const doc of docs) {
    const sources: Record<(typeof fields)[number], string> = {
      title: `${doc.title} ${doc.heading}`,
      heading: doc.heading,
      text: doc.text,
      prose: doc.prose,
    };
    fields.forEach((field, f) => indexKeys(sources[field], field === 'title').forEach((key) => add(key, f, doc.id)));
    for (const article of doc.articles) add(articleKey(article), 0, doc.id);
  }
  const encoded = [...postings].map(([key, lists]) => [key, lists.map(encodeIds)] as const);
  const bytes = encoded.reduce((sum, [key, lists]) => sum + key.length + lists.join('').length + 16, 0);
  const shardCount = Math.max(1, Math.ceil(bytes / shardBytes));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, lists] of encoded) shards[shardOf(key, shardCount)][key] = lists;

  const instruments = [...new Set(docs.flatMap((d) => (d.instrument ? [d.instrument] : [])))];
  const head: SearchHead = {
    locale,
    aliases,
    shardCount,
    instruments,
    columns: {
      kind: docs.map((d) => searchKinds.indexOf(d.kind)).join(''),
      status: docs.map((d) => (d.status ? statuses.indexOf(d.status) : '-')).join(''),
      liability: docs.map((d) => d.liability.reduce((mask, l) => mask | (1 << liabilities.indexOf(l)), 0).toString(36)).join(''),
      instrument: docs.map((d) => (d.instrument ? instruments.indexOf(d.instrument) : -1)),
      cited: docs.map((d) => d.cited),
      headingTerms: docs.map((d) => new Set(tokenize(d.heading)).size),
    },
  };
  return {
    head,
    shards,
    docs: docs.map(({ id, kind, ref, url, title, heading, status, liability, former }) => ({
      id,
      kind,
      ref,
      url,
      title,
      heading,
      status,
      liability,
      former,
    })),
    texts: docs.map(({ text, prose }) => ({ text, prose })),
  };
}

export interface Engine {
  head: SearchHead;
  docs: RankedDoc[];
  /** Loaded shards, still encoded: a key's ids are decoded when a query first asks for them. */
  shards: Map<number, Shard>;
  decoded: Map<string, number[][]>;
}

export function createEngine(head: SearchHead): Engine {
  const { kind, status, liability, instrument, cited, headingTerms } = head.columns;
  const docs = [...kind].map((k, id): RankedDoc => ({
    id,
    kind: searchKinds[Number(k)],
    status: status[id] === '-' ? undefined : statuses[Number(status[id])],
    liability: liabilities.filter((_, bit) => parseInt(liability[id], 36) & (1 << bit)),
    instrument: instrument[id] >= 0 ? head.instruments[instrument[id]] : undefined,
    cited: cited[id],
    headingTerms: headingTerms[id],
  }));
  return { head, docs, shards: new Map(), decoded: new Map() };
}

export function addShard(engine: Engine, n: number, shard: Shard): void {
  engine.shards.set(n, shard);
}

/** An engine with every shard loaded: tests and benchmarks. */
export function loadAll(index: SearchIndex): Engine {
  const engine = createEngine(index.head);
  index.shards.forEach((shard, n) => addShard(engine, n, shard));
  return engine;
}

/** The keys a query looks up: its terms and the articles it names (word pairs share their first word's shard). */
function queryKeys(engine: Engine, raw: string): string[] {
  const q = parseQuery(raw, engine.head.aliases);
  return [...q.terms, ...q.articles.map(articleKey)];
}

/**
 * Documents whose title holds the phrase's Latin words in order: every word pair but the last
 * as written, the last one's second word begun (the reader may still be typing it).
 * Undefined when the phrase has no such pair.
 */
function titlePhrase(engine: Engine, phrase: string): Set<number> | undefined {
  const pairs = phrasePairs(phrase);
  if (!pairs.length) return undefined;
  let docs: Set<number> | undefined;
  pairs.forEach((pair, i) => {
    const shard = engine.shards.get(shardOf(pair, engine.head.shardCount));
    const keys = !shard ? [] : i < pairs.length - 1 ? [pair] : Object.keys(shard).filter((k) => k.startsWith(pair));
    const found = new Set(keys.flatMap((k) => (shard && idsOf(engine, shard, k)?.[0]) || []));
    docs = docs ? new Set([...docs].filter((id) => found.has(id))) : found;
  });
  return docs;
}

/** The shards a query needs that are not loaded yet. */
export function missingShards(engine: Engine, raw: string): number[] {
  const needed = queryKeys(engine, raw).map((key) => shardOf(key, engine.head.shardCount));
  return [...new Set(needed)].filter((n) => !engine.shards.has(n));
}

function idsOf(engine: Engine, shard: Shard, key: string): number[][] | undefined {
  if (!Object.hasOwn(shard, key)) return undefined;
  let ids = engine.decoded.get(key);
  if (!ids) engine.decoded.set(key, (ids = shard[key].map(decodeIds)));
  return ids;
}

/** Field masks by document id for one key, and the ids that have one (a missing shard holds none). */
interface KeyMasks {
  mask: Uint8Array;
  ids: number[];
}

function keyMasks(engine: Engine, term: string): KeyMasks {
  const found: KeyMasks = { mask: new Uint8Array(engine.docs.length), ids: [] };
  const shard = engine.shards.get(shardOf(term, engine.head.shardCount));
  if (!shard) return found;
  // Han terms, keys and single letters match one key; a Latin stem, every word it begins.
  const exact = hasHan(term) || term.length < 2 || term.includes(':');
  for (const key of exact ? [term] : Object.keys(shard).filter((k) => k.startsWith(term))) {
    idsOf(engine, shard, key)?.forEach((ids, f) => {
      const bit = FIELD[fields[f]];
      for (const id of ids) {
        if (!found.mask[id]) found.ids.push(id);
        found.mask[id] |= bit;
      }
    });
  }
  return found;
}

function passes(doc: RankedDoc, f: SearchFilters): boolean {
  return (
    (!f.liability || doc.liability.includes(f.liability)) &&
    (!f.instrument || doc.instrument === f.instrument) &&
    (!f.status || doc.status === f.status) &&
    (!f.kind || doc.kind === f.kind)
  );
}

/** Ranked hits, best first. Never throws on odd input: at worst, none. */
export function search(engine: Engine, raw: string, filters: SearchFilters = {}, limit = 20): SearchHit[] {
  const q = parseQuery(raw, engine.head.aliases);
  if (!q.terms.length && !q.articles.length && !q.instruments.length) return [];
  const masks = q.terms.map((t) => keyMasks(engine, t));
  const named = new Set(q.articles.flatMap((a) => keyMasks(engine, articleKey(a)).ids));
  const inTitle = titlePhrase(engine, q.phrase);
  const candidates = new Set<number>(named);
  for (const m of masks) for (const id of m.ids) candidates.add(id);
  if (q.instruments.length) engine.docs.forEach((d) => d.instrument && q.instruments.includes(d.instrument) && candidates.add(d.id));
  // Inverse document frequency: a rare term decides more than a common one; a term in no
  // document (a bigram straddling two query words: 外包坐席 → 包坐) weighs nothing.
  const weights = masks.map(({ ids }) => (ids.length ? Math.log(1 + engine.docs.length / ids.length) : 0));
  const hits: SearchHit[] = [];
  for (const id of candidates) {
    const doc = engine.docs[id];
    if (!doc || !passes(doc, filters)) continue;
    const evidence = { masks: masks.map((m) => m.mask[id]), weights, articleHit: named.has(id), titlePhrase: inTitle?.has(id) ?? true };
    const s = score(doc, q, evidence);
    if (s > 0) hits.push({ id, score: s, viaTranslation: false });
  }
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

/**
 * Hits from `own`, then, when the query is written in the other language's script, hits found
 * in `other`'s text, labelled as found through it. Both locales number their documents alike
 * (the build checks it), so an id means the same page in either.
 */
export function searchAcross(own: Engine, other: Engine | undefined, raw: string, filters: SearchFilters = {}, limit = 20): SearchHit[] {
  const hits = search(own, raw, filters, limit);
  if (!other || hits.length >= limit) return hits;
  const seen = new Set(hits.map((h) => h.id));
  for (const h of search(other, raw, filters, limit)) {
    if (seen.has(h.id) || !own.docs[h.id]) continue;
    hits.push({ ...h, viaTranslation: true });
    seen.add(h.id);
  }
  return hits.slice(0, limit);
}

/** A passage of a page's text, highlighted for the query as the engine read it. */
export function snippetOf(engine: Engine, raw: string, text: SearchText) {
  return snippet(text, parseQuery(raw, engine.head.aliases));
}
