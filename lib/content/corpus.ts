// The compiled corpus: what the content build writes and every page reads.
// One schema, so the artifact is checked on the way in and typed on the way out.
import { z } from 'zod';
import { caseZh, changeEntry, guideZh, instrumentZh, moduleZh, provisionZh, versionZh } from './schema';

const item = z.object({ id: z.string(), text: z.string() });
const paragraph = z.object({ id: z.string(), text: z.string(), items: z.array(item) });
const question = z.object({
  id: z.string(),
  kind: z.enum(['single', 'multiple']),
  prompt: z.string(),
  choices: z.array(z.object({ text: z.string(), correct: z.boolean() })),
  explanation: z.string(),
  refs: z.array(z.string()),
});
export type Question = z.infer<typeof question>;

export const doc = z.object({
  /** mdx-bundler output, rendered by a server component. */
  code: z.string(),
  paragraphs: z.array(paragraph),
  quiz: z.array(question),
  prose: z.string(),
  refs: z.array(z.string()),
  /** Provisions the official text refers to (Chinese text only; linked at build time). */
  cites: z.array(z.string()).default([]),
});
export type Doc = z.infer<typeof doc>;
export type Paragraph = z.infer<typeof paragraph>;

const perLocale = <T extends z.ZodType>(schema: T) => z.object({ zh: schema, en: schema });

const instrumentNames = z.object({
  title: z.string(),
  short: z.string(),
  aliases: z.array(z.string()),
  issuer: z.string(),
});
export const instrument = z.object({
  slug: z.string(),
  facts: instrumentZh,
  names: perLocale(instrumentNames),
  doc: perLocale(doc),
});
export type Instrument = z.infer<typeof instrument>;

const earlierVersion = z.object({
  facts: versionZh,
  heading: perLocale(z.string().optional()),
  doc: perLocale(doc),
});
export type EarlierVersion = z.infer<typeof earlierVersion>;

export const provision = z.object({
  /** instrument/article, e.g. criminal-law/253-1: shared by both locales and all versions. */
  id: z.string(),
  instrument: z.string(),
  article: z.string(),
  facts: provisionZh,
  heading: perLocale(z.string()),
  doc: perLocale(doc),
  /** Earlier texts, newest first. */
  earlier: z.array(earlierVersion),
});
export type Provision = z.infer<typeof provision>;

export const guide = z.object({
  slug: z.string(),
  facts: guideZh,
  text: perLocale(z.object({ title: z.string(), summary: z.string() })),
  doc: perLocale(doc),
});
export type Guide = z.infer<typeof guide>;

const caseFile = z.object({
  slug: z.string(),
  facts: caseZh,
  text: perLocale(z.object({ title: z.string(), authority: z.string() })),
  doc: perLocale(doc),
});
export type Case = z.infer<typeof caseFile>;

const trainingModule = z.object({
  slug: z.string(),
  facts: moduleZh,
  text: perLocale(z.object({ title: z.string(), summary: z.string(), objectives: z.array(z.string()) })),
  doc: perLocale(doc),
});
export type TrainingModule = z.infer<typeof trainingModule>;

export const corpus = z.object({
  instruments: z.array(instrument),
  provisions: z.array(provision),
  guides: z.array(guide),
  cases: z.array(caseFile),
  modules: z.array(trainingModule),
  /** Newest first. */
  changes: z.array(changeEntry),
  /** When the content build ran: stamped on the data export. */
  builtAt: z.iso.datetime(),
});
export type Corpus = z.infer<typeof corpus>;
