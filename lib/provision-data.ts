// The public data shape of a provision, for /data/provisions.json: metadata plus text in both
// locales, without compiled code.
import type { Instrument, Provision } from './corpus';
import { citeProvision } from './citation';
import { locales } from './locales';
import { articleZh } from './numerals';

export function provisionData(p: Provision, instrument: Instrument) {
  const text = (doc: Provision['doc']) =>
    Object.fromEntries(locales.map((l) => [l, doc[l].paragraphs]));
  return {
    id: p.id,
    instrument: p.instrument,
    article: p.article,
    articleZh: articleZh(p.article),
    citation: Object.fromEntries(locales.map((l) => [l, citeProvision(instrument, p.article, l)])),
    ...p.facts,
    heading: p.heading,
    text: text(p.doc),
    earlierVersions: p.earlier.map((v) => ({ ...v.facts, text: text(v.doc) })),
  };
}
