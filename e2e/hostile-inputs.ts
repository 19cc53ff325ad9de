// Generated hostile input: a fixed seed, so a failure names an input that can be replayed.
// Every markup payload carries `data-pwned`, so "reflected markup" is one selector.
const markup = [
  '<img src=x data-pwned onerror=alert(1)>',
  '"><b data-pwned>x</b>',
  "'><svg data-pwned onload=alert(1)>",
  '</script><i data-pwned>',
  '<a data-pwned href="javascript:alert(1)">x</a>',
  '&lt;b data-pwned&gt;',
];
const fragments = [
  ...markup,
  '',
  ' ',
  '%',
  '%ZZ',
  '%00',
  '%2e%2e%2f',
  '../../etc/passwd',
  '\\',
  '\u0000',
  '\u0007',
  '\u202e',
  '\u200b',
  '\ud800',
  '😀',
  '第零条',
  '第二百五十三条之一',
  '个保法',
  'Art.',
  '253-1',
  '(((',
  '[a-z]+*?',
  '$&',
  '${7*7}',
  '{{7*7}}',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e400',
  '-0',
  '0x10',
  '9'.repeat(30),
  '1,2,3',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  'pipl/66',
  'criminal-law/253-1',
  'guides/..',
  'training/../x',
  ',',
  ';',
  '&',
  '=',
  '#',
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` inputs made of 1–4 fragments, sometimes repeated to a long string. */
export function hostileInputs(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = () => fragments[Math.floor(next() * fragments.length)];
  return Array.from({ length: count }, () => {
    const joined = Array.from({ length: 1 + Math.floor(next() * 4) }, pick).join('');
    return next() < 0.05 ? joined.repeat(1 + Math.floor(next() * 200)).slice(0, 1500) : joined;
  });
}

export const reflectedMarkup = '[data-pwned], img[src="x"]';
