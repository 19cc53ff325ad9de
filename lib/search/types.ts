import type { Liability, Status } from '../content/schema';
import type { Shard } from './postings';
import type { AliasTable } from './query';

export const searchKinds = ['instrument', 'provision', 'guide', 'module', 'case'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** What a result shows: `/search-index/<locale>/docs/<id>.json`, fetched for the results shown. */
export interface SearchDocMeta {
  id: number;
  kind: SearchKind;
  /** Item path as in URLs: criminal-law/253-1, guides/<slug>. */
  ref: string;
  url: string;
  /** 刑法第二百五十三条之一 / Criminal Law Art. 253-1 */
  title: string;
  heading: string;
  status?: Status;
  liability: Liability[];
  /** Former numbers only, to say "formerly Art. 64" in a result. */
  former: string[];
}

/** The text of a page: `text/<id>.json`, fetched only for the results shown with a snippet. */
export interface SearchText {
  /** Statute text (provisions) or summary (others). */
  text: string;
  /** Commentary or body prose. */
  prose: string;
}

/** One searchable page, as the build sees it. */
export interface SearchDoc extends SearchDocMeta, SearchText {
  instrument?: string;
  /** Article numbers that name it: the current one and any former ones. */
  articles: string[];
  /** How many of the site's items cite this provision. */
  cited: number;
}

/**
 * `/search-index/<locale>/head.json`: what ranking needs of every document, one column per
 * fact (one character or number per document id), so it stays small as the corpus grows.
 * Everything else is fetched per term (shards) or per shown result (docs, text).
 */
export interface SearchHead {
  locale: string;
  aliases: AliasTable;
  /** How many term shards there are (`shards/<n>.json`). */
  shardCount: number;
  /** Instrument slugs; `instrument` holds an index into this, or -1. */
  instruments: string[];
  columns: {
    /** A character per document: its kind's index in `searchKinds`. */
    kind: string;
    /** A character per document: its status's index in `statuses`, or `-`. */
    status: string;
    /** A base-36 character per document: a bit per entry of `liabilities`. */
    liability: string;
    instrument: number[];
    cited: number[];
    /** How many distinct terms the heading has: a phrase equal to the heading has as many. */
    headingTerms: number[];
  };
}

export interface Segment {
  text: string;
  hit: boolean;
}

/** What the engine ranks: a document id and its score. */
export interface SearchHit {
  id: number;
  score: number;
  /** The match was found in the other language's text (whose text the snippet comes from). */
  viaTranslation: boolean;
}

export interface SearchResult extends SearchHit {
  doc: SearchDocMeta;
  /** The matched passage, once the page's text has been fetched. */
  snippet?: Segment[];
}

export interface SearchFilters {
  liability?: Liability;
  instrument?: string;
  status?: Status;
  kind?: SearchKind;
}

/** A fetched head has the shape the engine loads (checked without zod: it runs in the browser). */
export function isSearchHead(value: unknown): value is SearchHead {
  if (!value || typeof value !== 'object' || !('columns' in value) || !('aliases' in value) || !('shardCount' in value)) return false;
  const { columns, aliases, shardCount } = value;
  return (
    Array.isArray(aliases) &&
    typeof shardCount === 'number' &&
    shardCount > 0 &&
    !!columns &&
    typeof columns === 'object' &&
    'kind' in columns &&
    typeof columns.kind === 'string'
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A fetched shard: key → one encoded id list per field. */
export function isShardFile(value: unknown): value is Shard {
  return isRecord(value) && Object.values(value).every((lists) => Array.isArray(lists) && lists.every((l) => typeof l === 'string'));
}

/** A fetched result name (docs/<id>.json). */
export function isDocMeta(value: unknown): value is SearchDocMeta {
  return (
    isRecord(value) &&
    typeof value.ref === 'string' &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.liability)
  );
}

/** A fetched page text (text/<id>.json). */
export function isSearchText(value: unknown): value is SearchText {
  return isRecord(value) && typeof value.text === 'string' && typeof value.prose === 'string';
}
