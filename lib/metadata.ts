import type { Metadata } from 'next';
import { t } from './dictionary';
import { htmlLang, locales, type Locale } from './locales';
import { switchLocale } from './urls';

/** Title, description, canonical URL and hreflang alternates for one page. */
export function pageMetadata(locale: Locale, path: string, title: string, description?: string): Metadata {
  const dict = t(locale);
  return {
    title: title === dict.siteName ? title : `${title} · ${dict.siteName}`,
    description: description ?? dict.siteTagline,
    alternates: {
      canonical: path,
      languages: Object.fromEntries(locales.map((l) => [htmlLang[l], switchLocale(path, l)])),
    },
  };
}
