// Route params: read once, checked against the locale list.
import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from '../i18n/locales';

export async function readLocale<P extends { locale: string }>(params: Promise<P>): Promise<Omit<P, 'locale'> & { locale: Locale }> {
  const p = await params;
  if (!isLocale(p.locale)) notFound();
  return { ...p, locale: p.locale };
}

/** Every combination of locale and the given params, for generateStaticParams. */
export function withLocales<T extends object>(params: T[]): (T & { locale: Locale })[] {
  return locales.flatMap((locale) => params.map((p) => ({ ...p, locale })));
}
