// How many of the site's items (provisions, guides, cases, training units) cite each provision
// in their text: the search ranking's prior, and the home page's "cited most" list.
import type { Corpus } from './corpus';
import type { Locale } from '../i18n/locales';

export function citationCounts(corpus: Corpus, locale: Locale): Map<string, number> {
  const count = new Map<string, number>();
  for (const item of [...corpus.provisions, ...corpus.guides, ...corpus.cases, ...corpus.modules]) {
    for (const id of new Set(item.doc[locale].refs.map((r) => r.split('#')[0]))) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return count;
}
