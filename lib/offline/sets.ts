// What a reader can save for offline use, per language: the reference without the earlier
// versions and side-by-side pages, or everything. The build writes each set's list of URLs
// (scripts/build-offline.ts); the service worker (public/sw.js) fetches and caches it.
import type { Locale } from '../i18n/locales';

export const offlineSets = ['essentials', 'everything'] as const;
export type OfflineSet = (typeof offlineSets)[number];

/** Pages the essentials leave out: earlier versions of an article, and Chinese–English side by side. */
export const leftOutOfEssentials = /\/provisions\/[^/]+\/[^/]+\/(?:v|parallel)\//;

/** `/offline/zh.json`: the sets' sizes, for the page to show before anything is saved. */
export interface OfflineSummary {
  version: string;
  /** `bytes` as stored; `download` as fetched from a host that compresses. */
  sets: Record<OfflineSet, { pages: number; files: number; bytes: number; download: number }>;
}

/** `/offline/zh-essentials.json`: what the service worker fetches and caches. */
export interface OfflineList {
  version: string;
  urls: string[];
}

export const summaryHref = (locale: Locale) => `/offline/${locale}.json`;
export const listHref = (locale: Locale, set: OfflineSet) => `/offline/${locale}-${set}.json`;
/** What the service worker stores beside a saved copy: which set, from which build, when. */
export const savedHref = (locale: Locale) => `/offline/saved-${locale}`;

export interface SavedCopy {
  set: OfflineSet;
  version: string;
  date: string;
  files: number;
}
