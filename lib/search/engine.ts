// The search engine: a FlexSearch index for candidates, then our own ranking.
// The build creates and exports it; the browser imports the export. Same module, same encoder.
import { Index } from 'flexsearch';
import { parseQuery, type AliasTable } from './query';
import { prepare, score, snippet, type PreparedDoc } from './rank';
import { tokenize } from './tokenize';
import type { SearchDoc, SearchFilters, SearchIndexFile, SearchResult } from './types';

function newIndex(): Index {
  return new Index({ tokenize: 'strict', encode: tokenize, resolution: 1, cache: false });
}

/** What the index sees of a document: structured keys, then its text. */
function indexedText(doc: SearchDoc): string {
  const keys = [`kind:${doc.kind}`, doc.instrument && `ins:${doc.instrument}`, ...doc.articles.map((a) => `art:${a}`)];
  return [...keys.filter(Boolean), doc.title, doc.heading, doc.text, doc.prose].join(' ');
}

export function buildIndexFile(locale: string, docs: SearchDoc[], aliases: AliasTable): SearchIndexFile {
  const index = newIndex();
  for (const doc of docs) index.add(doc.id, indexedText(doc));
  const exported: Record<string, string> = {};
  index.export((key: string, data: string) => {
    exported[key] = data;
  });
  return { locale, aliases, docs, index: exported };
}

export interface Engine {
  locale: string;
  index: Index;
  docs: PreparedDoc[];
  aliases: AliasTable;
}

export function loadEngine(file: SearchIndexFile): Engine {
  const index = newIndex();
  for (const [key, data] of Object.entries(file.index)) index.import(key, data);
  return { locale: file.locale, index, docs: file.docs.map(prepare), aliases: file.aliases };
}

function passes(doc: SearchDoc, f: SearchFilters): boolean {
  return (
    (!f.liability || doc.liability.includes(f.liability)) &&
    (!f.instrument || doc.instrument === f.instrument) &&
    (!f.status || doc.status === f.status) &&
    (!f.kind || doc.kind === f.kind)
  );
}

/**
 * Results from `own`, then, when the query is written in the other language's script, results
 * found in `other`'s text for documents that `own` also has, labelled as found through it.
 */
export function searchAcross(own: Engine, other: Engine | undefined, raw: string, filters: SearchFilters = {}, limit = 20): SearchResult[] {
  const results = search(own, raw, filters, limit);
  if (!other || results.length >= limit) return results;
  const seen = new Set(results.map((r) => r.doc.ref));
  const mine = new Map(own.docs.map((d) => [d.doc.ref, d.doc]));
  for (const r of search(other, raw, filters, limit)) {
    const doc = mine.get(r.doc.ref);
    if (!doc || seen.has(r.doc.ref)) continue;
    results.push({ ...r, doc, viaTranslation: true });
    seen.add(r.doc.ref);
  }
  return results.slice(0, limit);
}

/** Ranked results, best first. Never throws on odd input: at worst, no results. */
export function search(engine: Engine, raw: string, filters: SearchFilters = {}, limit = 20): SearchResult[] {
  const q = parseQuery(raw, engine.aliases);
  if (!q.terms.length && !q.articles.length && !q.instruments.length) return [];
  const keys = [...q.instruments.map((i) => `ins:${i}`), ...q.articles.map((a) => `art:${a}`)];
  const candidates = new Set<number>();
  const lookup = (query: string) => {
    if (!query.trim()) return;
    for (const id of engine.index.search(query, { limit: 500, suggest: true })) candidates.add(Number(id));
  };
  keys.forEach(lookup);
  lookup(q.terms.join(' '));
  // A lone Han character has no bigram to look up: scan instead (cheap at this size).
  if (q.terms.length === 1 && q.terms[0].length === 1) engine.docs.forEach((d, i) => d.text.includes(q.terms[0]) && candidates.add(i));

  // Inverse document frequency from the index itself: a rare term decides more than a common one.
  const df = new Map(q.terms.map((t) => [t, engine.index.search(t, { limit: engine.docs.length }).length]));
  // A term in no document (a bigram straddling two query words: 外包坐席 → 包坐) weighs nothing.
  const weight = (t: string) => (df.get(t) ? Math.log(1 + engine.docs.length / (df.get(t) ?? 1)) : 0);

  const results: SearchResult[] = [];
  for (const id of candidates) {
    const prepared = engine.docs[id];
    if (!prepared || !passes(prepared.doc, filters)) continue;
    const s = score(prepared, q, weight);
    if (s > 0) results.push({ doc: prepared.doc, score: s, snippet: snippet(prepared, q), viaTranslation: false });
  }
  return results.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id).slice(0, limit);
}
