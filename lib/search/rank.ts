// Scores a candidate document against a parsed query, and cuts a highlighted snippet.
// Pure functions: no index, no DOM.
import type { ParsedQuery } from './query';
import { bigrams, hasHan, normalize, stem } from './tokenize';
import type { SearchDoc, Segment } from './types';

/** Lower-cased, NFKC text of a document's fields, computed once per document. */
export interface PreparedDoc {
  doc: SearchDoc;
  title: string;
  heading: string;
  text: string;
  prose: string;
  /** Title, text and prose together. */
  all: string;
}

export function prepare(doc: SearchDoc): PreparedDoc {
  const [title, text, prose] = [normalize(`${doc.title} ${doc.heading}`), normalize(doc.text), normalize(doc.prose)];
  return { doc, title, heading: normalize(doc.heading), text, prose, all: `${title} ${text} ${prose}` };
}

// Word-start patterns for Latin stems, compiled once per term (this runs per keystroke).
const wordStart = new Map<string, RegExp>();

function containsTerm(haystack: string, term: string): boolean {
  if (hasHan(term)) return haystack.includes(term);
  // Latin stems: a word of the haystack that starts with the stem.
  let re = wordStart.get(term);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u');
    if (wordStart.size > 5000) wordStart.clear();
    wordStart.set(term, re);
  }
  return re.test(haystack);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How much a matched term says: rare terms more than common ones (1 for a term in no document). */
type TermWeight = (term: string) => number;

/** 0 when the document should not be shown for this query. */
export function score(p: PreparedDoc, q: ParsedQuery, weight: TermWeight = () => 1): number {
  const { doc } = p;
  let total = 0;
  const articleHit = q.articles.some((a) => doc.articles.includes(a));
  const instrumentHit = q.instruments.length > 0 && !!doc.instrument && q.instruments.includes(doc.instrument);
  if (articleHit && instrumentHit) total += 300;
  else if (articleHit && q.instruments.length === 0) total += doc.kind === 'provision' ? (q.bareNumber ? 60 : 100) : 0;
  if (instrumentHit) total += doc.kind === 'instrument' && q.articles.length === 0 ? 150 : 40;
  if (q.instruments.length && !instrumentHit && q.phrase === '') return 0;
  if (q.articles.length && !articleHit && q.phrase === '' && !(instrumentHit && doc.kind === 'instrument')) return 0;

  if (q.phrase) {
    const { all } = p;
    const totalWeight = q.terms.reduce((sum, t) => sum + weight(t), 0);
    const share = (haystack: string) =>
      totalWeight ? q.terms.filter((t) => containsTerm(haystack, t)).reduce((sum, t) => sum + weight(t), 0) / totalWeight : 0;
    const coverage = share(all);
    // Whether to show a document at all: the plain share of terms it contains (weights would let
    // one rare bigram straddling two query words veto everything else).
    const plain = q.terms.length ? q.terms.filter((t) => containsTerm(all, t)).length / q.terms.length : 0;
    const compact = q.phrase.replace(/\s+/g, hasHan(q.phrase) ? '' : ' ');
    const exactTitle = p.title.includes(compact);
    const exactText = p.text.includes(compact);
    const exactProse = p.prose.includes(compact);
    if (!exactTitle && !exactText && !exactProse && plain < 0.6) return total > 0 && !q.terms.length ? total : 0;
    // A title holding most of the query's terms is a strong signal; a stray shared word is not.
    const titleShare = q.terms.filter((t) => containsTerm(p.title, t)).length / q.terms.length;
    total += coverage * 30 + (titleShare >= 0.5 ? titleShare * 40 : 0);
    // An instrument matches by its names, which the alias lookup already rewards.
    if (exactTitle) total += doc.kind === 'instrument' ? 20 : 80;
    if (exactText) total += 50;
    if (exactProse) total += 20;
    // A title that is exactly the phrase (侵犯公民个人信息罪) is the strongest text signal.
    if (p.heading === compact) total += 100;
  }
  if (total === 0) return 0;
  if (doc.status === 'current') total += 2;
  if (doc.kind === 'provision') total += 1;
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
export function snippet(p: PreparedDoc, q: ParsedQuery, width = 90): Segment[] {
  const sources = [p.doc.text, p.doc.prose].filter(Boolean);
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
