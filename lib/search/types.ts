import type { Liability, Status } from '../content/schema';
import type { AliasTable } from './query';

export const searchKinds = ['instrument', 'provision', 'guide', 'module', 'case'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One searchable page, as shipped to the browser. */
export interface SearchDoc {
  id: number;
  kind: SearchKind;
  /** Item path as in URLs: criminal-law/253-1, guides/<slug>. */
  ref: string;
  url: string;
  /** 刑法第二百五十三条之一 / Criminal Law Art. 253-1 */
  title: string;
  heading: string;
  instrument?: string;
  status?: Status;
  liability: Liability[];
  /** Article numbers that name it: the current one and any former ones. */
  articles: string[];
  /** Former numbers only, to say "formerly Art. 64" in a result. */
  former: string[];
  /** Statute text (provisions) or summary (others). */
  text: string;
  /** Commentary or body prose. */
  prose: string;
}

export interface SearchIndexFile {
  locale: string;
  aliases: AliasTable;
  docs: SearchDoc[];
  /** FlexSearch's own export, key → data. */
  index: Record<string, string>;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  doc: SearchDoc;
  score: number;
  snippet: Segment[];
  /** The match was found in the other language's text. */
  viaTranslation: boolean;
}

export interface SearchFilters {
  liability?: Liability;
  instrument?: string;
  status?: Status;
  kind?: SearchKind;
}

/** A fetched or parsed index file has the shape the engine loads (checked without zod: it runs in the browser). */
export function isIndexFile(value: unknown): value is SearchIndexFile {
  return !!value && typeof value === 'object' && 'docs' in value && Array.isArray(value.docs) && 'index' in value && 'aliases' in value;
}
