// The one gateway to content for pages: they never read files themselves.
import { readFileSync } from 'node:fs';
import type { ChangeEntry } from './schema';
import { corpus as corpusSchema, type Case, type Corpus, type Guide, type Instrument, type Provision, type TrainingModule } from './corpus';
import type { Liability } from './schema';
import { corpusFile } from './paths';
import { citationCounts } from './citations';
import type { Locale } from '../i18n/locales';

let cached: Corpus | undefined;

function load(): Corpus {
  cached ??= corpusSchema.parse(JSON.parse(readFileSync(corpusFile, 'utf8')));
  return cached;
}

/** The whole corpus, for build-time derivations that need all of it (checker facts). */
export function corpus(): Corpus {
  return load();
}

/** When the content build ran (ISO date-time). */
export function builtAt(): string {
  return load().builtAt;
}

export function listInstruments(): Instrument[] {
  return load().instruments;
}

export function getInstrument(slug: string): Instrument | undefined {
  return load().instruments.find((i) => i.slug === slug);
}

export function listProvisions(instrument?: string): Provision[] {
  const all = load().provisions;
  return instrument ? all.filter((p) => p.instrument === instrument) : all;
}

export function getProvision(instrument: string, article: string): Provision | undefined {
  return load().provisions.find((p) => p.instrument === instrument && p.article === article);
}

export function getProvisionById(id: string): Provision | undefined {
  return load().provisions.find((p) => p.id === id);
}

/** Provisions that name `id` as their successor: the "formerly" side of a replacement. */
export function listPredecessors(id: string): Provision[] {
  return load().provisions.filter((p) => p.facts.replacedBy.includes(id));
}

/** Provisions whose official text refers to `id`. */
export function listCitedBy(id: string): Provision[] {
  return load().provisions.filter((p) => p.doc.zh.cites.includes(id));
}

/** The provisions in force that the site's items cite most, most first (ties in corpus order). */
export function listMostCited(locale: Locale, n: number): Provision[] {
  const all = load();
  const counts = citationCounts(all, locale);
  const cited = (p: Provision) => counts.get(p.id) ?? 0;
  return all.provisions
    .filter((p) => p.facts.status === 'current' && cited(p) > 0)
    .sort((a, b) => cited(b) - cited(a))
    .slice(0, n);
}

export function listByLiability(liability: Liability): { provisions: Provision[]; guides: Guide[] } {
  const { provisions, guides } = load();
  return {
    provisions: provisions.filter((p) => p.facts.liability.includes(liability)),
    guides: guides.filter((g) => g.facts.liability.includes(liability)),
  };
}

export function listGuides(): Guide[] {
  return load().guides;
}

export function getGuide(slug: string): Guide | undefined {
  return load().guides.find((g) => g.slug === slug);
}

export function listCases(): Case[] {
  return load().cases;
}

export function getCase(slug: string): Case | undefined {
  return load().cases.find((c) => c.slug === slug);
}

/** Training modules in course order. */
export function listModules(): TrainingModule[] {
  return load().modules;
}

export function getModule(slug: string): TrainingModule | undefined {
  return load().modules.find((m) => m.slug === slug);
}

/** Content changes, newest first. */
export function listChanges(): ChangeEntry[] {
  return load().changes;
}
