// Stage 3: check each item's frontmatter against its schema and its statute text against
// the rules of official texts; attach earlier versions to their article.
import type { z } from 'zod';
import type { Case, Doc, EarlierVersion, Guide, Instrument, Provision, TrainingModule } from '../corpus';
import type { Locale } from '../../i18n/locales';
import {
  caseEn, caseZh, guideEn, guideZh, instrumentEn, instrumentZh, moduleEn, moduleZh, provisionEn, provisionZh, versionEn, versionZh,
} from '../schema';
import { checkChineseText, checkItemMarkers, checkSameQuiz, checkSameStructure } from '../text-checks';
import type { Compiled } from './compile.server';
import type { ContentIssue } from './issues';
import type { Entry } from './read.server';

export interface ValidItems {
  instruments: Instrument[];
  provisions: Map<string, Provision>;
  guides: Guide[];
  cases: Case[];
  modules: TrainingModule[];
}

export function validateEntries(entries: Entry[], compiled: Map<string, Compiled>, issues: ContentIssue[], rel: (f: string) => string): ValidItems {
  /** Validates one file's frontmatter; reports each bad field. */
  const parse = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    const c = compiled.get(file);
    if (!c) return undefined;
    const result = schema.safeParse(c.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      issues.push({ file: rel(file), field: ['frontmatter', ...issue.path].join('.'), message: issue.message });
    return undefined;
  };

  const instruments: Instrument[] = [];
  const provisions = new Map<string, Provision>();
  const versions: { key: string; files: Record<Locale, string> }[] = [];
  const guides: Guide[] = [];
  const cases: Case[] = [];
  const modules: TrainingModule[] = [];

  for (const entry of entries) {
    const { zh, en } = entry.files;
    if (!zh || !en) {
      const have = (zh ?? en)!;
      const missing = zh ? 'en' : 'zh';
      issues.push({ file: rel(have), message: `exists in one locale only: the .${missing}.mdx translation is missing` });
      continue;
    }
    const doc = (f: string) => compiled.get(f)?.doc;
    const zhDoc = doc(zh);
    const enDoc = doc(en);
    if (entry.kind === 'instrument') {
      const facts = parse(zh, instrumentZh);
      const enNames = parse(en, instrumentEn);
      if (facts && enNames && zhDoc && enDoc)
        instruments.push({
          slug: entry.key,
          facts,
          names: { zh: { title: facts.title, short: facts.short, aliases: facts.aliases, issuer: facts.issuer }, en: enNames },
          doc: { zh: zhDoc, en: enDoc },
        });
    } else if (entry.kind === 'guide') {
      const facts = parse(zh, guideZh);
      const enText = parse(en, guideEn);
      if (facts && enText && zhDoc && enDoc)
        guides.push({ slug: entry.key, facts, text: { zh: { title: facts.title, summary: facts.summary }, en: enText }, doc: { zh: zhDoc, en: enDoc } });
    } else if (entry.kind === 'case') {
      const facts = parse(zh, caseZh);
      const enText = parse(en, caseEn);
      if (facts && enText && zhDoc && enDoc)
        cases.push({ slug: entry.key, facts, text: { zh: { title: facts.title, authority: facts.authority }, en: enText }, doc: { zh: zhDoc, en: enDoc } });
    } else if (entry.kind === 'module') {
      const facts = parse(zh, moduleZh);
      const enText = parse(en, moduleEn);
      if (facts && enText && zhDoc && enDoc) {
        if (enText.objectives.length !== facts.objectives.length)
          issues.push({ file: rel(en), field: 'frontmatter.objectives', message: `${enText.objectives.length} objective(s) here but ${facts.objectives.length} in the Chinese file` });
        for (const message of checkSameQuiz(zhDoc.quiz, enDoc.quiz)) issues.push({ file: rel(en), field: 'body <Quiz>', message });
        modules.push({
          slug: entry.key, facts,
          text: { zh: { title: facts.title, summary: facts.summary, objectives: facts.objectives }, en: enText },
          doc: { zh: zhDoc, en: enDoc },
        });
      }
    } else if (entry.key.includes('@')) {
      versions.push({ key: entry.key, files: { zh, en } });
    } else {
      const facts = parse(zh, provisionZh);
      const enFacts = parse(en, provisionEn);
      const [instrument, article] = entry.key.split('/');
      if (facts && enFacts && zhDoc && enDoc) {
        provisions.set(entry.key, {
          id: entry.key, instrument, article, facts,
          heading: { zh: facts.heading, en: enFacts.heading },
          doc: { zh: zhDoc, en: enDoc }, earlier: [],
        });
        checkText(zh, en, zhDoc, enDoc);
      }
    }
  }

  function checkText(zh: string, en: string, zhDoc: Doc, enDoc: Doc) {
    for (const [file, d, locale] of [[zh, zhDoc, 'zh'], [en, enDoc, 'en']] as const) {
      if (d.paragraphs.length === 0) issues.push({ file: rel(file), field: 'body', message: 'has no <P> paragraph of statute text' });
      for (const message of checkItemMarkers(d.paragraphs, locale)) issues.push({ file: rel(file), field: 'body', message });
    }
    for (const message of checkSameStructure(zhDoc.paragraphs, enDoc.paragraphs))
      issues.push({ file: rel(en), field: 'body', message });
    for (const message of checkChineseText(zhDoc.paragraphs)) issues.push({ file: rel(zh), field: 'body', message });
  }

  // Earlier versions attach to their article; their effective dates must be unique.
  for (const v of versions) {
    const [base, effective] = v.key.split('@');
    const facts = parse(v.files.zh, versionZh);
    const enFacts = parse(v.files.en, versionEn);
    const zhDoc = compiled.get(v.files.zh)?.doc;
    const enDoc = compiled.get(v.files.en)?.doc;
    const owner = provisions.get(base);
    if (!owner) {
      issues.push({ file: rel(v.files.zh), message: `earlier version of ${base}, which does not exist` });
      continue;
    }
    if (!facts || !enFacts || !zhDoc || !enDoc) continue;
    if (facts.effective !== effective)
      issues.push({ file: rel(v.files.zh), field: 'frontmatter.effective', message: `is ${facts.effective} but the file name says ${effective}` });
    const clash = [owner.facts.effective, ...owner.earlier.map((e) => e.facts.effective)].includes(facts.effective);
    if (clash)
      issues.push({ file: rel(v.files.zh), field: 'frontmatter.effective', message: `duplicate id: ${base} already has a version effective ${facts.effective}` });
    checkText(v.files.zh, v.files.en, zhDoc, enDoc);
    const version: EarlierVersion = { facts, heading: { zh: facts.heading, en: enFacts.heading }, doc: { zh: zhDoc, en: enDoc } };
    owner.earlier.push(version);
  }

  return { instruments, provisions, guides, cases, modules };
}
