// Build-time only: reads content/, validates every file against the schema, compiles each
// MDX file exactly once, cross-checks references, and returns the corpus or every problem.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { bundleMDX } from 'mdx-bundler';
import type { z } from 'zod';
import type { Case, Corpus, Doc, EarlierVersion, Guide, Instrument, Provision, TrainingModule } from './corpus';
import { checkChineseText, checkItemMarkers, checkSameQuiz, checkSameStructure } from './content-checks';
import { locales, type Locale } from './locales';
import { remarkCrossReferences, type CrossReferenceOptions } from './mdx/remark-cross-references';
import { remarkStructure, type DocumentStructure } from './mdx/remark-structure';
import { articleOrder, isArticleSlug } from './numerals';
import {
  caseEn, caseZh, changelog, guideEn, guideZh, instrumentEn, instrumentZh, moduleEn, moduleZh, provisionEn, provisionZh, versionEn, versionZh,
  type ChangeEntry,
} from './schema';

export interface ContentIssue { file: string; field?: string; message: string }

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content problem(s):\n${issues.map(formatIssue).join('\n')}`);
  }
}

export function formatIssue(i: ContentIssue): string {
  return `  ${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`;
}

type Kind = 'instrument' | 'provision' | 'guide' | 'case' | 'module';
/** One item in both locales: the files behind it, keyed by locale. */
interface Entry { kind: Kind; key: string; files: Partial<Record<Locale, string>> }

const FILE = /^(?<name>[^.]+)\.(?<locale>[a-z]+)\.mdx$/;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function classify(rel: string): { kind: Kind; key: string } | string {
  const parts = rel.split(path.sep);
  const m = FILE.exec(parts[parts.length - 1]);
  if (!m?.groups) return 'file names must look like <name>.zh.mdx or <name>.en.mdx';
  const { name } = m.groups;
  if (parts[0] === 'instruments' && parts.length === 2) return { kind: 'instrument', key: name };
  if (parts[0] === 'guides' && parts.length === 2) return { kind: 'guide', key: name };
  if (parts[0] === 'cases' && parts.length === 2) return { kind: 'case', key: name };
  if (parts[0] === 'training' && parts.length === 2) return { kind: 'module', key: name };
  if (parts[0] === 'provisions' && parts.length === 3) {
    const [article, version] = name.split('@');
    if (!isArticleSlug(article)) return `"${article}" is not an article number like 66 or 253-1`;
    if (version !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(version))
      return `an earlier version is named <article>@<effective date>, e.g. 253-1@2009-02-28`;
    return { kind: 'provision', key: `${parts[1]}/${name}` };
  }
  return 'not a place content can live: content/instruments/, content/provisions/<instrument>/, content/guides/, content/cases/ or content/training/';
}

interface Compiled { data: Record<string, unknown>; doc: Doc }
type CrossReferences = Omit<CrossReferenceOptions, 'collect'>;

async function compile(file: string, source: string, crossReferences?: CrossReferences): Promise<Compiled> {
  let structure: DocumentStructure = { paragraphs: [], quiz: [], prose: '', refs: [] };
  let cites: string[] = [];
  const result = await bundleMDX({
    source,
    cwd: path.dirname(file),
    // Errors are collected and reported with the file name; esbuild need not print them too.
    esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    mdxOptions(options) {
      // Cross-references first, so the links they add are checked like any other <Ref>.
      const linking = crossReferences ? [remarkCrossReferences({ ...crossReferences, collect: (c) => (cites = c) })] : [];
      options.remarkPlugins = [...(options.remarkPlugins ?? []), ...linking, remarkStructure((s) => (structure = s))];
      return options;
    },
  });
  return { data: matter(source).data, doc: { code: result.code, ...structure, cites } };
}

/** What the cross-reference linker needs to know before anything is compiled. */
async function crossReferenceContext(entries: Entry[]) {
  const names: [string, string][] = [];
  for (const e of entries.filter((x) => x.kind === 'instrument' && x.files.zh)) {
    const data = matter(await readFile(e.files.zh!, 'utf8')).data;
    const aliases: unknown[] = Array.isArray(data.aliases) ? data.aliases : [];
    for (const name of [data.title, data.short, ...aliases]) if (typeof name === 'string' && name) names.push([name, e.key]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const known = new Set(entries.filter((e) => e.kind === 'provision' && !e.key.includes('@')).map((e) => e.key));
  return { names, known };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function buildCorpus(contentDir: string): Promise<Corpus> {
  const issues: ContentIssue[] = [];
  const rel = (f: string) => path.relative(path.dirname(contentDir), f);
  const entries = new Map<string, Entry>();

  const changelogFile = path.join(contentDir, 'changelog.json');
  for (const file of (await listFiles(contentDir)).sort()) {
    if (file === changelogFile) continue;
    const where = classify(path.relative(contentDir, file));
    if (typeof where === 'string') {
      issues.push({ file: rel(file), message: where });
      continue;
    }
    const locale = FILE.exec(path.basename(file))?.groups?.locale ?? '';
    if (!locales.some((l) => l === locale)) {
      issues.push({ file: rel(file), message: `unknown locale "${locale}": use ${locales.join(' or ')}` });
      continue;
    }
    const id = `${where.kind}:${where.key}`;
    const entry = entries.get(id) ?? { ...where, files: {} };
    entry.files[locale as Locale] = file;
    entries.set(id, entry);
  }

  // Compile every file once, in parallel; a file that fails is reported, not fatal to the rest.
  const linking = await crossReferenceContext([...entries.values()]);
  const jobs = [...entries.values()].flatMap((e) =>
    Object.entries(e.files).map(([locale, file]) => {
      const [instrument, article] = e.key.split('@')[0].split('/');
      const linked = e.kind === 'provision' && locale === 'zh' ? { self: { instrument, article }, ...linking } : undefined;
      return { file, linked };
    }),
  );
  const compiled = new Map<string, Compiled>();
  await mapLimit(jobs, 8, async ({ file, linked }) => {
    try {
      compiled.set(file, await compile(file, await readFile(file, 'utf8'), linked));
    } catch (error) {
      issues.push({ file: rel(file), message: `MDX does not compile: ${describeError(error)}` });
    }
  });

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

  for (const entry of entries.values()) {
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

  // Cross-references: instruments, provisions and anchors must exist.
  const instrumentSlugs = new Set(instruments.map((i) => i.slug));
  const anchorsOf = (id: string) => {
    const p = provisions.get(id);
    return p ? new Set(p.doc.zh.paragraphs.flatMap((para) => [para.id, ...para.items.map((i) => i.id)])) : undefined;
  };
  const checkRef = (file: string, field: string, ref: string) => {
    const [id, anchor] = ref.split('#');
    const anchors = anchorsOf(id);
    if (!anchors) issues.push({ file: rel(file), field, message: `unknown provision "${id}"` });
    else if (anchor && !anchors.has(anchor)) issues.push({ file: rel(file), field, message: `${id} has no paragraph or item "${anchor}"` });
  };
  for (const p of provisions.values()) {
    const file = entries.get(`provision:${p.id}`)!.files.zh!;
    if (!instrumentSlugs.has(p.instrument))
      issues.push({ file: rel(file), field: 'path', message: `unknown instrument "${p.instrument}": add content/instruments/${p.instrument}.zh.mdx` });
    p.facts.related.forEach((r, i) => checkRef(file, `frontmatter.related.${i}`, r));
    p.facts.replacedBy.forEach((r, i) => checkRef(file, `frontmatter.replacedBy.${i}`, r));
    for (const locale of locales) p.doc[locale].refs.forEach((r) => checkRef(entries.get(`provision:${p.id}`)!.files[locale]!, 'body <Ref>', r));
    p.earlier.sort((a, b) => b.facts.effective.localeCompare(a.facts.effective));
  }
  for (const g of guides) {
    const files = entries.get(`guide:${g.slug}`)!.files;
    g.facts.provisions.forEach((r, i) => checkRef(files.zh!, `frontmatter.provisions.${i}`, r));
    for (const locale of locales) g.doc[locale].refs.forEach((r) => checkRef(files[locale]!, 'body <Ref>', r));
  }
  const caseSlugs = new Set(cases.map((c) => c.slug));
  for (const c of cases) {
    const files = entries.get(`case:${c.slug}`)!.files;
    c.facts.provisions.forEach((r, i) => checkRef(files.zh!, `frontmatter.provisions.${i}`, r));
    for (const locale of locales) c.doc[locale].refs.forEach((r) => checkRef(files[locale]!, 'body <Ref>', r));
  }
  const orders = new Map<number, string>();
  for (const m of modules) {
    const files = entries.get(`module:${m.slug}`)!.files;
    m.facts.provisions.forEach((r, i) => checkRef(files.zh!, `frontmatter.provisions.${i}`, r));
    m.facts.cases.forEach((slug, i) => {
      if (!caseSlugs.has(slug)) issues.push({ file: rel(files.zh!), field: `frontmatter.cases.${i}`, message: `unknown case "${slug}"` });
    });
    for (const locale of locales) m.doc[locale].refs.forEach((r) => checkRef(files[locale]!, 'body <Ref>', r));
    const seen = orders.get(m.facts.order);
    if (seen) issues.push({ file: rel(files.zh!), field: 'frontmatter.order', message: `duplicate id: order ${m.facts.order} is already taken by ${seen}` });
    orders.set(m.facts.order, m.slug);
  }
  for (const i of instruments) {
    if (i.facts.replacedBy && !instrumentSlugs.has(i.facts.replacedBy))
      issues.push({ file: rel(entries.get(`instrument:${i.slug}`)!.files.zh!), field: 'frontmatter.replacedBy', message: `unknown instrument "${i.facts.replacedBy}"` });
  }

  // Names people search by must point to exactly one instrument.
  const names = new Map<string, string>();
  for (const i of instruments) {
    for (const locale of locales) {
      for (const name of [i.names[locale].short, ...i.names[locale].aliases]) {
        const seen = names.get(name.toLowerCase());
        if (seen && seen !== i.slug)
          issues.push({ file: rel(entries.get(`instrument:${i.slug}`)!.files[locale]!), field: 'frontmatter.aliases', message: `duplicate id: the name "${name}" already belongs to ${seen}` });
        names.set(name.toLowerCase(), i.slug);
      }
    }
  }

  const changes = await readChangelog(changelogFile, rel(changelogFile), issues, (id) => {
    const [kind, slug] = id.split('/');
    if (kind === 'guides') return guides.some((g) => g.slug === slug);
    if (kind === 'training') return modules.some((m) => m.slug === slug);
    if (kind === 'cases') return cases.some((c) => c.slug === slug);
    return provisions.has(id);
  });

  if (issues.length) throw new ContentError(issues);
  return {
    instruments: instruments.sort((a, b) => a.slug.localeCompare(b.slug)),
    provisions: [...provisions.values()].sort(
      (a, b) => a.instrument.localeCompare(b.instrument) || articleOrder(a.article) - articleOrder(b.article),
    ),
    guides: guides.sort((a, b) => a.slug.localeCompare(b.slug)),
    cases: cases.sort((a, b) => (b.facts.date ?? '').localeCompare(a.facts.date ?? '') || a.slug.localeCompare(b.slug)),
    modules: modules.sort((a, b) => a.facts.order - b.facts.order),
    changes,
  };
}

/** The change log: optional, validated, every item must exist. Newest first. */
async function readChangelog(file: string, name: string, issues: ContentIssue[], exists: (id: string) => boolean): Promise<ChangeEntry[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    issues.push({ file: name, message: `not valid JSON: ${describeError(error)}` });
    return [];
  }
  const parsed = changelog.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ file: name, field: i.path.join('.'), message: i.message });
    return [];
  }
  parsed.data.forEach((entry, e) =>
    entry.items.forEach((id, i) => exists(id) || issues.push({ file: name, field: `${e}.items.${i}`, message: `unknown item "${id}"` })),
  );
  return [...parsed.data].sort((a, b) => b.date.localeCompare(a.date));
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    return error.errors
      .map((e: { text?: string; location?: { line?: number; column?: number } | null }) =>
        `${e.location ? `line ${e.location.line}:${e.location.column} ` : ''}${e.text ?? ''}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
