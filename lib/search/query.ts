// Reads a query the way people type it: article numbers in any of their forms, instrument
// names and abbreviations, and the words or phrase that remain.
import { parseChineseNumber } from '../provisions/numerals';
import { normalize, tokenize } from './tokenize';

export interface ParsedQuery {
  /** Article slugs named in the query: 253-1, 66. */
  articles: string[];
  /** True when an article came only from a bare number (weaker evidence). */
  bareNumber: boolean;
  /** Instrument slugs named by an alias: 个保法 → pipl. */
  instruments: string[];
  /** The rest of the query, normalized, without spaces: what an exact phrase match looks for. */
  phrase: string;
  /** Search terms of the rest (bigrams, stems). */
  terms: string[];
}

/** Alias (normalized) → instrument slug. Longest aliases are tried first. */
export type AliasTable = [alias: string, slug: string][];

const CN = '[零〇一二两三四五六七八九十百千]+';
const articlePatterns: { re: RegExp; read: (m: RegExpMatchArray) => string | undefined }[] = [
  // 第二百五十三条之一, 二百五十三条
  {
    re: new RegExp(`第?(${CN})条(?:之(${CN}))?`, 'gu'),
    read: (m) => slug(parseChineseNumber(m[1]), m[2] ? parseChineseNumber(m[2]) : undefined),
  },
  // 第253条之一, 253条之1, 66条
  {
    re: new RegExp(`第?(\\d{1,4})\\s*条(?:之(${CN}|\\d{1,2}))?`, 'gu'),
    read: (m) => slug(Number(m[1]), m[2] ? Number(m[2]) || parseChineseNumber(m[2]) : undefined),
  },
  // Art. 253-1, Article 66, arts 21
  { re: /\bart(?:icle)?s?\.?\s*(\d{1,4})(?:\s*[-–]\s*(\d{1,2}))?/giu, read: (m) => slug(Number(m[1]), m[2] ? Number(m[2]) : undefined) },
  // 253-1
  { re: /(?<![\d-])(\d{1,4})-(\d{1,2})(?![\d-])/gu, read: (m) => slug(Number(m[1]), Number(m[2])) },
];
const bareNumber = /(?<![\d-])(\d{1,4})(?![\d-])/gu;

function slug(n: number | undefined, sub?: number): string | undefined {
  if (!n) return undefined;
  return sub ? `${n}-${sub}` : String(n);
}

export function parseQuery(raw: string, aliases: AliasTable): ParsedQuery {
  let rest = normalize(raw.slice(0, 500));
  const articles = new Set<string>();
  for (const { re, read } of articlePatterns) {
    // Cut recognised article references out of the query, last first so indices hold.
    for (const m of [...rest.matchAll(re)].reverse()) {
      const found = read(m);
      if (!found || m.index === undefined) continue;
      articles.add(found);
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    }
  }
  const instruments = new Set<string>();
  for (const [alias, slugName] of aliases) {
    if (rest.includes(alias)) {
      instruments.add(slugName);
      rest = rest.split(alias).join(' ');
    }
  }
  let bare = false;
  if (articles.size === 0) {
    rest = rest.replace(bareNumber, (n) => {
      articles.add(String(Number(n)));
      bare = true;
      return ' ';
    });
  }
  rest = rest.replace(/\b(?:of|the|prc|law|on)\b/g, (w) => (instruments.size ? ' ' : w));
  const phrase = rest.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  return { articles: [...articles], bareNumber: bare, instruments: [...instruments], phrase, terms: [...new Set(tokenize(phrase))] };
}
