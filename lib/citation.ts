// How a provision is named and cited in each language.
import type { Instrument } from './corpus';
import type { Locale } from './locales';
import { articleEn, articleZh } from './numerals';

/** 《中华人民共和国刑法》第二百五十三条之一 / Criminal Law of the People's Republic of China, Article 253-1 */
export function citeProvision(instrument: Instrument, article: string, locale: Locale): string {
  return locale === 'zh'
    ? `《${instrument.names.zh.title}》${articleZh(article)}`
    : `${instrument.names.en.title}, ${articleEn(article)}`;
}

/** 刑法第二百五十三条之一 / Criminal Law Art. 253-1: short, for lists. */
export function shortName(instrument: Instrument, article: string, locale: Locale): string {
  return locale === 'zh'
    ? `${instrument.names.zh.short}${articleZh(article)}`
    : `${instrument.names.en.short} Art. ${article}`;
}

/** 第二百五十三条之一 / Art. 253-1: within one instrument. */
export function articleLabel(article: string, locale: Locale): string {
  return locale === 'zh' ? articleZh(article) : `Art. ${article}`;
}
