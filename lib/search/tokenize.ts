// The one tokenizer of search, imported by the build and by the browser, so a query's terms
// are cut exactly as the index's keys were (postings.ts).
//
// Chinese has no spaces and readers expect substring search, so Han text becomes overlapping
// character bigrams: any run of two or more characters in a provision is found, across word
// boundaries. Latin words are lowercased and lightly stemmed so plurals and -ing forms meet.
// Structured keys (art:253-1, ins:pipl) pass through untouched.

const KEY = /^(?:art|ins|kind):[a-z0-9-]+$/;
// Han runs, or runs of letters/digits that are NOT Han (Han counts as \p{L}: keep it out,
// or 第253条之一 would lose 条之一 to the second branch).
const SEGMENT = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /\p{Script=Han}/u;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A light English stemmer: enough for plurals, -ing and -ed to meet their stem. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ssal')) return word.slice(0, -2); // dismissal → dismiss
  if (/(?:ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Bigrams of a Han run; a single character stays itself. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Terms of a text, in order, with duplicates. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const part of normalize(text).split(/\s+/)) {
    if (KEY.test(part)) {
      out.push(part);
      continue;
    }
    for (const [segment] of part.matchAll(SEGMENT)) {
      if (HAN.test(segment)) out.push(...bigrams(segment));
      else out.push(stem(segment));
    }
  }
  return out;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hasLatin(text: string): boolean {
  return /\p{Script=Latin}/u.test(text);
}
