// Build-time: the searchable documents of one locale, from the compiled corpus.
import { citationCounts } from '../content/citations';
import { citeProvision, shortName } from '../provisions/citation';
import type { Corpus, Doc } from '../content/corpus';
import { locales, type Locale } from '../i18n/locales';
import { normalize } from './tokenize';
import type { AliasTable } from './query';
import type { SearchDoc } from './types';
import { caseHref, guideHref, instrumentHref, provisionHref, trainingHref } from '../site/urls';

const statuteText = (doc: Doc) => doc.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)]).join('\n');

export function searchDocs(corpus: Corpus, locale: Locale): SearchDoc[] {
  const docs: Omit<SearchDoc, 'id'>[] = [];
  const cited = citationCounts(corpus, locale);
  for (const i of corpus.instruments) {
    docs.push({
      kind: 'instrument',
      ref: i.slug,
      url: instrumentHref(locale, i.slug),
      title: i.names[locale].title,
      heading: [i.names[locale].short, ...i.names[locale].aliases].join(' · '),
      instrument: i.slug,
      status: i.facts.status,
      liability: [],
      articles: [],
      former: [],
      cited: 0,
      text: i.doc[locale].prose,
      prose: '',
    });
  }
  for (const p of corpus.provisions) {
    const instrument = corpus.instruments.find((i) => i.slug === p.instrument);
    if (!instrument) continue;
    const former = p.facts.formerNumbers.map((f) => f.number);
    docs.push({
      kind: 'provision',
      ref: p.id,
      url: provisionHref(locale, p.id),
      title: shortName(instrument, p.article, locale),
      heading: p.heading[locale],
      instrument: p.instrument,
      status: p.facts.status,
      liability: p.facts.liability,
      articles: [p.article, ...former],
      former,
      cited: cited.get(p.id) ?? 0,
      text: `${citeProvision(instrument, p.article, locale)}\n${statuteText(p.doc[locale])}`,
      prose: p.doc[locale].prose,
    });
  }
  for (const g of corpus.guides) {
    docs.push({
      kind: 'guide',
      ref: `guides/${g.slug}`,
      url: guideHref(locale, g.slug),
      title: g.text[locale].title,
      heading: '',
      liability: g.facts.liability,
      articles: [],
      former: [],
      cited: 0,
      text: g.text[locale].summary,
      prose: g.doc[locale].prose,
    });
  }
  for (const m of corpus.modules) {
    docs.push({
      kind: 'module',
      ref: `training/${m.slug}`,
      url: trainingHref(locale, m.slug),
      title: m.text[locale].title,
      heading: '',
      liability: [],
      articles: [],
      former: [],
      cited: 0,
      text: [m.text[locale].summary, ...m.text[locale].objectives].join('\n'),
      prose: m.doc[locale].prose,
    });
  }
  for (const c of corpus.cases) {
    docs.push({
      kind: 'case',
      ref: `cases/${c.slug}`,
      url: caseHref(locale, c.slug),
      title: c.text[locale].title,
      heading: c.text[locale].authority,
      liability: [],
      articles: [],
      former: [],
      cited: 0,
      text: [c.facts.docNumber, c.facts.date].filter(Boolean).join(' '),
      prose: c.doc[locale].prose,
    });
  }
  return docs.map((d, id) => ({ ...d, id }));
}

/** Every name of every instrument, in both languages, longest first. */
export function aliasTable(corpus: Corpus): AliasTable {
  const table = new Map<string, string>();
  for (const i of corpus.instruments) {
    for (const l of locales) {
      for (const name of [i.names[l].title, i.names[l].short, ...i.names[l].aliases]) table.set(normalize(name), i.slug);
    }
    table.set(i.slug, i.slug);
  }
  return [...table.entries()].sort((a, b) => b[0].length - a[0].length);
}
