// Checks on statute text that a schema cannot express: item numbering, the shape of a
// translation against the original, and the typography of the official Chinese text.
import type { Paragraph, Question } from './corpus';
import type { Locale } from '../i18n/locales';
import { toChineseNumber } from '../provisions/numerals';

const itemMarker: Record<Locale, (n: number) => string> = {
  zh: (n) => `（${toChineseNumber(n)}）`,
  en: (n) => `(${n})`,
};

/** Each item must open with its official marker, counted without gaps: （一）（二）… / (1) (2)… */
export function checkItemMarkers(paragraphs: Paragraph[], locale: Locale): string[] {
  const problems: string[] = [];
  for (const p of paragraphs) {
    p.items.forEach((item, i) => {
      const expected = itemMarker[locale](i + 1);
      if (!item.text.startsWith(expected)) {
        const found = item.text.slice(0, expected.length + 2);
        problems.push(`paragraph numbering: item ${item.id} should start with "${expected}" but starts "${found}…"`);
      }
    });
  }
  return problems;
}

/** A translation must have the same paragraphs and items as the original, so anchors match. */
export function checkSameStructure(zh: Paragraph[], en: Paragraph[]): string[] {
  if (zh.length !== en.length)
    return [`paragraph numbering: ${en.length} paragraph(s) here but ${zh.length} in the Chinese text`];
  return zh.flatMap((p, i) =>
    p.items.length === en[i].items.length
      ? []
      : [`paragraph numbering: ${p.id} has ${en[i].items.length} item(s) here but ${p.items.length} in the Chinese text`],
  );
}

// Official texts use full-width punctuation; these half-width marks betray a bad copy.
const halfWidth = /[,;:()?!]/;
// Traditional forms that often slip in from third-party copies (each has a simplified twin
// used in statutes). Not exhaustive: a tripwire for the common ones.
const traditional = /[個國與為產權務條規這們時開關據銀護罰處從應當該資訊違責於對認機構傳輸營業額務證號碼關係現經費損賠償]/u;

export function checkChineseText(paragraphs: Paragraph[]): string[] {
  const problems: string[] = [];
  for (const p of paragraphs) {
    for (const { id, text } of [p, ...p.items]) {
      const hw = halfWidth.exec(text);
      if (hw) problems.push(`${id}: half-width "${hw[0]}" in the Chinese text (official texts use full-width punctuation)`);
      const tc = traditional.exec(text);
      if (tc) problems.push(`${id}: traditional character "${tc[0]}" in the Chinese text`);
    }
  }
  return problems;
}

/** A translated quiz must ask the same questions, of the same kinds, with the same right answers. */
export function checkSameQuiz(zh: Question[], en: Question[]): string[] {
  if (zh.length !== en.length) return [`${en.length} question(s) here but ${zh.length} in the Chinese quiz`];
  return zh.flatMap((q, i) => {
    const other = en[i];
    const key = (x: Question) => `${x.kind}:${x.choices.map((c) => (c.correct ? 1 : 0)).join('')}`;
    return key(q) === key(other) ? [] : [`question ${q.id} differs from the Chinese quiz (kind, number of choices or correct answers)`];
  });
}
