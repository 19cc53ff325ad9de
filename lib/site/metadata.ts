import type { Metadata } from 'next';
import { t } from '../i18n/dictionary';
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { switchLocale } from './urls';

/** Title, description, canonical URL and hreflang alternates for one page. */
/** `description` must say what is on this page in particular: titles and descriptions are unique per page. */
export function pageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const dict = t(locale);
  return {
    title: title === dict.siteName ? title : `${title} · ${dict.siteName}`,
    description: clip(description),
    alternates: {
      canonical: path,
      languages: Object.fromEntries(locales.map((l) => [htmlLang[l], switchLocale(path, l)])),
    },
  };
}

/** Descriptions are for result snippets: one line, about 150 characters. */
function clip(text: string, max = 150): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
