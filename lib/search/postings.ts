// The candidate index: which documents hold a term, in which field, split into shards so a
// query fetches only the shards of its own terms. Pure functions, shared by build and browser.
import { bigrams, hasHan, normalize } from './tokenize';

/** Where a term occurs in a document: bits of a mask. `title` covers the title and the heading. */
export const FIELD = { title: 1, heading: 2, text: 4, prose: 8 } as const;
export type Field = keyof typeof FIELD;
export const fields: Field[] = ['title', 'heading', 'text', 'prose'];

/** One shard as shipped: key → one delta-encoded id list per field, in the order of `fields`. */
export type Shard = Record<string, string[]>;

/** The key of the documents an article number names (the current number or a former one). */
export const articleKey = (article: string) => `art:${article}`;

const SEGMENT = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * Keys a text is indexed under: Han bigrams and every Han character (a one-character query
 * looks that up), and Latin words whole and unstemmed, since a query's stem matches the
 * words it begins. With `pairs`, also each two adjacent Latin words ("credit reports"), so a
 * Latin phrase can be told from its words scattered (titles only: they are short).
 */
export function indexKeys(text: string, pairs = false): Set<string> {
  const keys = new Set<string>();
  let previous = '';
  for (const [segment] of normalize(text).matchAll(SEGMENT)) {
    if (!hasHan(segment)) {
      keys.add(segment);
      if (pairs && previous) keys.add(pairKey(previous, segment));
      previous = segment;
      continue;
    }
    previous = '';
    for (const b of bigrams(segment)) keys.add(b);
    for (const c of segment) keys.add(c);
  }
  return keys;
}

export const pairKey = (a: string, b: string) => `${a} ${b}`;

/** A phrase's adjacent Latin word pairs, as `indexKeys` writes them. */
export function phrasePairs(phrase: string): string[] {
  const words = [...phrase.matchAll(SEGMENT)].map(([w]) => w);
  return words.slice(1).flatMap((w, i) => (hasHan(w) || hasHan(words[i]) ? [] : [pairKey(words[i], w)]));
}

/**
 * What decides a key's shard. Latin keys go by their first two characters, so every word a
 * query stem of two or more letters can begin sits in one shard; Han keys by themselves.
 */
export function shardKey(term: string): string {
  return hasHan(term) || term.includes(':') ? term : term.slice(0, 2);
}

/** FNV-1a over UTF-16 code units: stable across build and browser. */
export function shardOf(term: string, count: number): number {
  let h = 0x811c9dc5;
  const key = shardKey(term);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** Ascending ids as base-36 gaps: 3,5,40 → "3,2,z". */
export function encodeIds(ids: number[]): string {
  let previous = 0;
  return ids
    .map((id) => {
      const gap = id - previous;
      previous = id;
      return gap.toString(36);
    })
    .join(',');
}

export function decodeIds(encoded: string): number[] {
  if (!encoded) return [];
  let id = 0;
  return encoded.split(',').map((gap) => (id += parseInt(gap, 36)));
}
