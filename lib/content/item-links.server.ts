// Names and URLs of any item by its id (instrument/article, guides/…, training/…, cases/…).
import { shortName } from '../provisions/citation';
import { getCase, getGuide, getInstrument, getModule, getProvisionById } from './gateway.server';
import type { Locale } from '../i18n/locales';
import { caseHref, guideHref, provisionHref, trainingHref } from '../site/urls';

export function itemLink(id: string, locale: Locale): { href: string; name: string } {
  const [kind, slug] = id.split('/');
  if (kind === 'guides') return { href: guideHref(locale, slug), name: getGuide(slug)?.text[locale].title ?? id };
  if (kind === 'training') return { href: trainingHref(locale, slug), name: getModule(slug)?.text[locale].title ?? id };
  if (kind === 'cases') return { href: caseHref(locale, slug), name: getCase(slug)?.text[locale].title ?? id };
  const p = getProvisionById(id);
  const instrument = p && getInstrument(p.instrument);
  return { href: provisionHref(locale, id), name: p && instrument ? shortName(instrument, p.article, locale) : id };
}
