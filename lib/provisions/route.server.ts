// Shared by the routes under /{locale}/provisions/{instrument}/{article}/: their params, and the
// provision and instrument they name (or the 404 page).
import { notFound } from 'next/navigation';
import { getInstrument, getProvision, listProvisions } from '../content/gateway.server';
import { readLocale, withLocales } from '../site/params';

export type ProvisionParams = Promise<{ locale: string; instrument: string; article: string }>;

export function provisionStaticParams() {
  return withLocales(listProvisions().map((p) => ({ instrument: p.instrument, article: p.article })));
}

export async function readProvision<P extends { locale: string; instrument: string; article: string }>(params: Promise<P>) {
  const { locale, instrument: slug, article, ...rest } = await readLocale(params);
  const provision = getProvision(slug, article);
  const instrument = getInstrument(slug);
  if (!provision || !instrument) notFound();
  return { ...rest, locale, provision, instrument };
}
