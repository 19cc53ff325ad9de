// Names and URLs of any item by its id (instrument/article, guides/…, training/…, cases/…).
import { shortName } from './citation';
import { getCase, getGuide, getInstrument, getModule, getProvisionById } from './content.server';
import type { Locale } from './locales';
import { caseHref, guideHref, provisionHref, trainingHref } from './urls';

export function itemLink(id: string, locale: Locale): { href: string; name: string } {
  const [kind, slug] = id.split('/');
  if (kind === 'guides') return { href: guideHref(locale, slug), name: getGuide(slug)?.text[locale].title ?? id };
  if (kind === 'training') return { href: trainingHref(locale, slug), name: getModule(slug)?.text[locale].title ?? id };
  if (kind === 'cases') return { href: caseHref(locale, slug), name: getCase(slug)?.text[locale].title ?? id };
  const p = getProvisionById(id);
  const instrument = p && getInstrument(p.instrument);
  return { href: provisionHref(locale, id), name: p && instrument ? shortName(instrument, p.article, locale) : id };
}
