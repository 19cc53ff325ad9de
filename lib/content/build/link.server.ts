// Stage 4: every reference between items must resolve: instruments, provisions, anchors,
// cases, module order, instrument names and the change log.
import { readFile } from 'node:fs/promises';
import { locales } from '../../i18n/locales';
import { changelog, type ChangeEntry } from '../schema';
import { describeError, type ContentIssue } from './issues';
import type { Entry } from './read.server';
import type { ValidItems } from './validate.server';

export async function checkLinks(
  { instruments, provisions, guides, cases, modules }: ValidItems,
  entries: Map<string, Entry>,
  changelogFile: string,
  issues: ContentIssue[],
  rel: (f: string) => string,
): Promise<ChangeEntry[]> {
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

  return readChangelog(changelogFile, rel(changelogFile), issues, (id) => {
    const [kind, slug] = id.split('/');
    if (kind === 'guides') return guides.some((g) => g.slug === slug);
    if (kind === 'training') return modules.some((m) => m.slug === slug);
    if (kind === 'cases') return cases.some((c) => c.slug === slug);
    return provisions.has(id);
  });
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
