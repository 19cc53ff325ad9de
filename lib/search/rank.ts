// Scores a candidate document against a parsed query, and cuts a highlighted snippet.
// Pure functions: no index, no DOM. What a document holds comes from the candidate index as
// one field mask per query term (postings.ts); its text is needed only for the snippet.
import { FIELD } from './postings';
import type { ParsedQuery } from './query';
import { bigrams, hasHan, normalize, stem } from './tokenize';
import type { Liability, Status } from '../content/schema';
import type { SearchKind, SearchText, Segment } from './types';

/** What ranking knows of a document before any of it is fetched: the head's columns. */
export interface RankedDoc {
  id: number;
  kind: SearchKind;
  status?: Status;
  liability: Liability[];
  instrument?: string;
  cited: number;
  headingTerms: number;
}

/** What the candidate index says of one document for one query. */
export interface Evidence {
  /** `masks[i]`: the fields holding `q.terms[i]`. */
  masks: number[];
  /** `weights[i]`: how much `q.terms[i]` says (rare terms more than common ones; 0 for one in no document). */
  weights: number[];
  /** The document bears an article number the query names. */
  articleHit: boolean;
  /** The title holds the phrase's Latin words in order (true when the phrase has no two). */
  titlePhrase: boolean;
}

const exactTitleBonus: Partial<Record<SearchKind, number>> = { instrument: 20, case: 40 };

/**
 * 0 when the document should not be shown for this query. The phrase counts as found in a
 * field (title, text, prose) when every one of its terms is there, and as the heading itself
 * when the heading has those terms and no others: the index keeps no positions, and for legal
 * phrases, whose bigrams overlap, that is nearly always the same thing.
 */
export function score(doc: RankedDoc, q: ParsedQuery, { masks, weights, articleHit, titlePhrase }: Evidence): number {
  let total = 0;
  const instrumentHit = q.instruments.length > 0 && !!doc.instrument && q.instruments.includes(doc.instrument);
  if (articleHit && instrumentHit) total += 300;
  else if (articleHit && q.instruments.length === 0) total += doc.kind === 'provision' ? (q.bareNumber ? 60 : 100) : 0;
  if (instrumentHit) total += doc.kind === 'instrument' && q.articles.length === 0 ? 150 : 40;
  if (q.instruments.length && !instrumentHit && q.phrase === '') return 0;
  if (q.articles.length && !articleHit && q.phrase === '' && !(instrumentHit && doc.kind === 'instrument')) return 0;

  if (q.phrase) {
    // One pass over the terms (this runs for every candidate, per keystroke): the fields every
    // term is in, how many terms are anywhere and in the title, and their weight.
    let all = masks.length ? 0xff : 0;
    let anywhere = 0;
    let inTitle = 0;
    let weighed = 0;
    let totalWeight = 0;
    masks.forEach((m, i) => {
      all &= m;
      if (m) {
        anywhere++;
        weighed += weights[i];
      }
      if (m & FIELD.title) inTitle++;
      totalWeight += weights[i];
    });
    const n = masks.length || 1;
    const coverage = totalWeight ? weighed / totalWeight : 0;
    // Whether to show a document at all: the plain share of terms it contains (weights would let
    // one rare bigram straddling two query words veto everything else).
    const plain = anywhere / n;
    const exactTitle = !!(all & FIELD.title) && titlePhrase;
    const exactText = !!(all & FIELD.text);
    const exactProse = !!(all & FIELD.prose);
    if (!exactTitle && !exactText && !exactProse && plain < 0.6) return total > 0 && !q.terms.length ? total : 0;
    // A title holding most of the query's terms is a strong signal; a stray shared word is not.
    const titleShare = inTitle / n;
    total += coverage * 30 + (titleShare >= 0.5 ? titleShare * 40 : 0);
    // An instrument matches by its names, which the alias lookup already rewards; a case's title
    // is a long sentence of facts, where a phrase says less than in a heading.
    if (exactTitle) total += exactTitleBonus[doc.kind] ?? 80;
    if (exactText) total += 50;
    if (exactProse) total += 20;
    // A title that is exactly the phrase (侵犯公民个人信息罪) is the strongest text signal.
    if (all & FIELD.heading && doc.headingTerms === q.terms.length) total += 100;
  }
  if (total === 0) return 0;
  if (doc.status === 'current') total += 2;
  if (doc.kind === 'provision') total += 1;
  // Among matches, the provisions the site's own guides, cases and units cite most are the
  // ones readers most often need (a link prior): up to about +27 for the most cited.
  if (doc.cited) total += 4 * Math.log2(1 + doc.cited);
  return total;
}

/** Marks every occurrence of the query's phrase, Han bigrams and Latin stems in `text`. */
function highlight(text: string, q: ParsedQuery): Segment[] {
  const lower = foldSameLength(text);
  const marks = new Array<boolean>(text.length).fill(false);
  const mark = (needle: string) => {
    if (!needle) return;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) marks.fill(true, i, i + needle.length);
  };
  for (const part of q.phrase.split(/\s+/)) {
    if (hasHan(part)) {
      mark(part);
      bigrams(part).forEach((b) => b.length > 1 && mark(b));
    }
  }
  for (const m of lower.matchAll(/(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)) {
    if (m.index !== undefined && q.terms.includes(stem(m[0]))) marks.fill(true, m.index, m.index + m[0].length);
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.hit === marks[i]) last.text += text[i];
    else segments.push({ text: text[i], hit: marks[i] });
  }
  return segments;
}

/** normalize(), character by character where that keeps the length, so offsets still line up. */
function foldSameLength(text: string): string {
  return [...text]
    .map((c) => {
      const n = normalize(c);
      return n.length === c.length ? n : c.toLowerCase();
    })
    .join('');
}

/** A window of about `width` characters around the first match, highlighted. */
export function snippet(page: SearchText, q: ParsedQuery, width = 90): Segment[] {
  const sources = [page.text, page.prose].filter(Boolean);
  const needles = [q.phrase.replace(/\s+/g, hasHan(q.phrase) ? '' : ' '), ...q.terms].filter((n) => n.length > 1);
  for (const source of sources) {
    const lower = normalize(source);
    const at = needles.map((n) => lower.indexOf(n)).find((i) => i >= 0);
    if (at !== undefined) {
      const start = Math.max(0, at - Math.floor(width / 3));
      const segments = highlight(source.slice(start, start + width), q);
      if (start > 0) segments.unshift({ text: '…', hit: false });
      if (start + width < source.length) segments.push({ text: '…', hit: false });
      return segments;
    }
  }
  const first = sources[0] ?? '';
  return [{ text: first.slice(0, width) + (first.length > width ? '…' : ''), hit: false }];
}
