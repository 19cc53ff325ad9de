// Handout item ids: what may be printed, and the page each is printed from.
// Ids are paths as in URLs: criminal-law/253-1, guides/<slug>, training/<module>, cases/<slug>.
import type { Locale } from '../i18n/locales';

const ID = /^(?:(?:guides|training|cases)\/[a-z0-9-]+|[a-z0-9-]+\/[1-9]\d*(?:-[1-9]\d*)?)$/;

export function isHandoutId(id: string): boolean {
  return ID.test(id);
}

/** ids=a,b,c → the valid, distinct ids in order (at most 60). */
export function parseHandoutIds(raw: string | null): string[] {
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(isHandoutId),
    ),
  ].slice(0, 60);
}

/** The page an id is printed from. */
export function handoutSource(locale: Locale, id: string): string {
  return /^(guides|training|cases)\//.test(id) ? `/${locale}/${id}/` : `/${locale}/provisions/${id}/`;
}
