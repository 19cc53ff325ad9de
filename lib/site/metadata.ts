import type { Metadata } from 'next';
import { t } from '../i18n/dictionary';
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { switchLocale } from './urls';

/** The card a chat app or email shows for a shared link (public/og, made by scripts/make-og-images.ts). */
const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };

/**
 * Title, description, canonical URL, hreflang alternates and the sharing card for one page.
 * `description` must say what is on this page in particular: titles and descriptions are unique per page.
 */
export function pageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const dict = t(locale);
  const fullTitle = title === dict.siteName ? title : `${title} · ${dict.siteName}`;
  const image = { url: `/og/${locale}.png`, width: 1200, height: 630, alt: dict.siteName };
  return {
    title: fullTitle,
    description: clip(description),
    openGraph: {
      type: 'website',
      siteName: dict.siteName,
      title: fullTitle,
      description: clip(description),
      url: path,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description: clip(description), images: [image.url] },
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
