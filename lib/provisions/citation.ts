// How a provision is named and cited in each language.
import type { Instrument } from '../content/corpus';
import type { Locale } from '../i18n/locales';
import { articleZh, toChineseNumber } from './numerals';

/**
 * The formal citation, at article, paragraph or item level:
 * 《中华人民共和国个人信息保护法》第六十六条第二款 / Personal Information Protection Law of the PRC, Art. 66(2)
 */
export function citeProvision(instrument: Pick<Instrument, 'names'>, article: string, locale: Locale, anchor?: string): string {
  const at = anchor ? anchorLabel(anchor, locale) : '';
  return locale === 'zh'
    ? `《${instrument.names.zh.title}》${articleZh(article)}${at}`
    : `${instrument.names.en.title.replace("of the People's Republic of China", 'of the PRC')}, Art. ${article}${at}`;
}

/** 刑法第二百五十三条之一 / Criminal Law Art. 253-1: short, for lists. */
export function shortName(instrument: Pick<Instrument, 'names'>, article: string, locale: Locale): string {
  return locale === 'zh' ? `${instrument.names.zh.short}${articleZh(article)}` : `${instrument.names.en.short} Art. ${article}`;
}

/** 第二百五十三条之一 / Art. 253-1: within one instrument. */
export function articleLabel(article: string, locale: Locale): string {
  return locale === 'zh' ? articleZh(article) : `Art. ${article}`;
}

/** p2 → 第二款 / (2); p1-i3 → 第一款第三项 / (1)(3). */
export function anchorLabel(anchor: string, locale: Locale): string {
  const m = /^p(\d+)(?:-i(\d+))?$/.exec(anchor);
  if (!m) return '';
  const [p, i] = [Number(m[1]), m[2] ? Number(m[2]) : undefined];
  if (locale === 'zh') return `第${toChineseNumber(p)}款${i ? `第${toChineseNumber(i)}项` : ''}`;
  return `(${p})${i ? `(${i})` : ''}`;
}
