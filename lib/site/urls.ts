// Every internal URL is built here, always with the trailing slash the static export uses.
import type { Locale } from '../i18n/locales';
import type { Liability } from '../content/schema';

export const homeHref = (locale: Locale) => `/${locale}/`;
export const provisionsHref = (locale: Locale) => `/${locale}/provisions/`;
export const instrumentHref = (locale: Locale, slug: string) => `/${locale}/provisions/${slug}/`;
/** `id` is instrument/article, optionally with #anchor. */
export function provisionHref(locale: Locale, id: string): string {
  const [path, anchor] = id.split('#');
  return `/${locale}/provisions/${path}/${anchor ? `#${anchor}` : ''}`;
}
export const liabilityHref = (locale: Locale, liability?: Liability) => `/${locale}/liability/${liability ? `${liability}/` : ''}`;
export const guideHref = (locale: Locale, slug?: string) => `/${locale}/guides/${slug ? `${slug}/` : ''}`;

/** The same page in another locale: /zh/provisions/ → /en/provisions/. */
export function switchLocale(pathname: string, to: Locale): string {
  const rest = pathname.replace(/^\/(zh|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}`;
}
export const searchHref = (locale: Locale, q?: string) => `/${locale}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`;
export const checkHref = (locale: Locale) => `/${locale}/check/`;
export const trainingHref = (locale: Locale, slug?: string) => `/${locale}/training/${slug ? `${slug}/` : ''}`;
export const caseHref = (locale: Locale, slug?: string) => `/${locale}/cases/${slug ? `${slug}/` : ''}`;
/** Item ids are URL-safe paths (criminal-law/253-1, guides/…, training/…), listed as they are. */
export const handoutHref = (locale: Locale, ids?: string[]) => `/${locale}/handout/${ids?.length ? `?ids=${ids.join(',')}` : ''}`;
/** A version's permanent URL: /zh/provisions/criminal-law/253-1/v/2009-02-28/ */
export const versionHref = (locale: Locale, id: string, effective?: string) =>
  `/${locale}/provisions/${id}/v/${effective ? `${effective}/` : ''}`;
export const parallelHref = (locale: Locale, id: string) => `/${locale}/provisions/${id}/parallel/`;
export const replacedHref = (locale: Locale) => `/${locale}/provisions/replaced/`;
export const inForceHref = (locale: Locale, date?: string) => `/${locale}/provisions/in-force/${date ? `?date=${date}` : ''}`;
export const changesHref = (locale: Locale) => `/${locale}/changes/`;
export const feedHref = (locale: Locale) => `/${locale}/feed.xml`;
