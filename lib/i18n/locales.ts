export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** BCP 47 tags for `lang` and `hreflang`. */
/** The colon between a label and its value: full-width in Chinese. */
export const colon = (locale: Locale) => (locale === 'zh' ? '：' : ': ');

export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
