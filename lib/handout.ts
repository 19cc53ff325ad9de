// The handout being assembled: item ids kept in the browser under one declared key.
// Ids are paths as in URLs: criminal-law/253-1, guides/<slug>, training/<module>, cases/<slug>.
import type { Locale } from './locales';

export const handoutStorageKey = 'handout';
const ID = /^(?:(?:guides|training|cases)\/[a-z0-9-]+|[a-z0-9-]+\/[1-9]\d*(?:-[1-9]\d*)?)$/;

export function isHandoutId(id: string): boolean {
  return ID.test(id);
}

/** ids=a,b,c → the valid, distinct ids in order (at most 60). */
export function parseHandoutIds(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(isHandoutId))].slice(0, 60);
}

/** The page an id is printed from. */
export function handoutSource(locale: Locale, id: string): string {
  return /^(guides|training|cases)\//.test(id) ? `/${locale}/${id}/` : `/${locale}/provisions/${id}/`;
}

export function readHandout(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(handoutStorageKey) ?? '[]');
    return Array.isArray(stored) ? parseHandoutIds(stored.filter((x): x is string => typeof x === 'string').join(',')) : [];
  } catch {
    return [];
  }
}

export function writeHandout(ids: string[]) {
  localStorage.setItem(handoutStorageKey, JSON.stringify(ids));
  window.dispatchEvent(new Event('handout-change'));
}
