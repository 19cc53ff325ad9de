// The content build against a small valid corpus, and against that corpus broken one way at a
// time: each break must fail the build naming the file, the field and what is wrong.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, buildCorpus, type ContentIssue } from '../lib/content/build.server';

const fixture = path.join(__dirname, 'fixtures', '一个有效的小语料 a valid small corpus');
const provision = 'provisions/criminal-law/253-1';
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

/** A copy of the fixture, changed by `mutate`, then built. */
async function buildWith(mutate: (file: (rel: string) => string) => Promise<void>) {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'corpus-')), 'content');
  dirs.push(path.dirname(dir));
  await cp(fixture, dir, { recursive: true });
  await mutate((rel) => path.join(dir, rel));
  return buildCorpus(dir);
}

async function issuesOf(mutate: (file: (rel: string) => string) => Promise<void>): Promise<ContentIssue[]> {
  try {
    await buildWith(mutate);
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected the build to fail');
}

async function edit(file: string, change: (text: string) => string) {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit changed nothing in ${file}`);
  await writeFile(file, after);
}

describe('a valid corpus', () => {
  it('builds, with anchors from structure and earlier versions attached', async () => {
    const corpus = await buildWith(async () => {});
    const p = corpus.provisions.find((x) => x.id === 'criminal-law/253-1');
    expect(p?.doc.zh.paragraphs.map((x) => x.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(p?.doc.en.paragraphs).toHaveLength(4);
    expect(p?.doc.zh.paragraphs[0].text).toMatch(/^违反国家有关规定，向他人出售或者提供公民个人信息/);
    expect(p?.earlier.map((v) => v.facts.effective)).toEqual(['2009-02-28']);
    expect(p?.doc.zh.code).toContain('"p2"');
    expect(corpus.guides[0].doc.zh.refs).toEqual(['criminal-law/253-1#p2']);
  });
});

type Case = [
  name: string,
  mutate: (file: (rel: string) => string) => Promise<void>,
  file: string,
  field: string | undefined,
  message: RegExp,
];
const cases: Case[] = [
  [
    'invalid frontmatter value',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace('status: current', 'status: in-force')),
    `${provision}.zh.mdx`,
    'frontmatter.status',
    /current|amended|repealed/,
  ],
  [
    'missing frontmatter field',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/^effective: .*\n/m, '')),
    `${provision}.zh.mdx`,
    'frontmatter.effective',
    /date|expected/i,
  ],
  [
    'an instrument without the date its status was checked',
    (f) => edit(f('instruments/criminal-law.zh.mdx'), (t) => t.replace(/^statusChecked: .*\n/m, '')),
    'instruments/criminal-law.zh.mdx',
    'frontmatter.statusChecked',
    /date|expected/i,
  ],
  [
    'a provision of an unknown instrument',
    async (f) => {
      for (const l of ['zh', 'en']) await cp(f(`${provision}.${l}.mdx`), f(`provisions/no-such-law/1.${l}.mdx`), { recursive: true });
    },
    'provisions/no-such-law/1.zh.mdx',
    'path',
    /unknown instrument "no-such-law"/,
  ],
  [
    'an unknown provision referenced',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace('status: current', 'status: current\nrelated: [criminal-law/999]')),
    `${provision}.zh.mdx`,
    'frontmatter.related.0',
    /unknown provision "criminal-law\/999"/,
  ],
  [
    'a reference to a paragraph that does not exist',
    (f) => edit(f('guides/selling-lists.en.mdx'), (t) => t.replace('#p2', '#p9')),
    'guides/selling-lists.en.mdx',
    'body <Ref>',
    /no paragraph or item "p9"/,
  ],
  [
    'a duplicate version id',
    async (f) => {
      for (const l of ['zh', 'en']) await cp(f(`${provision}@2009-02-28.${l}.mdx`), f(`${provision}@2015-11-01.${l}.mdx`));
      await edit(f(`${provision}@2015-11-01.zh.mdx`), (t) =>
        t.replace('effective: 2009-02-28', 'effective: 2015-11-01').replace('until: 2015-10-31', 'until: 2016-01-01'),
      );
    },
    `${provision}@2015-11-01.zh.mdx`,
    'frontmatter.effective',
    /duplicate id/,
  ],
  ['an item in one locale only', (f) => rm(f(`${provision}.en.mdx`)), `${provision}.zh.mdx`, undefined, /\.en\.mdx translation is missing/],
  [
    'MDX that does not compile',
    (f) => edit(f(`${provision}.en.mdx`), (t) => `${t}\n<P>unclosed\n`),
    `${provision}.en.mdx`,
    undefined,
    /MDX does not compile/,
  ],
  [
    'a paragraph missing from the translation',
    (f) => edit(f(`${provision}.en.mdx`), (t) => t.replace(/<P>[^\n]*<\/P>\n/, '')),
    `${provision}.en.mdx`,
    'body',
    /paragraph numbering: 3 paragraph\(s\) here but 4/,
  ],
  [
    'a gap in item numbering',
    async (f) => {
      await edit(f(`${provision}.zh.mdx`), (t) =>
        t.replace('<Commentary>', '<P>\n有下列情形之一的：\n\n<Item>（一）甲；</Item>\n<Item>（三）乙。</Item>\n</P>\n\n<Commentary>'),
      );
      await edit(f(`${provision}.en.mdx`), (t) =>
        t.replace('<Commentary>', '<P>\nAny of:\n\n<Item>(1) a;</Item>\n<Item>(2) b.</Item>\n</P>\n\n<Commentary>'),
      );
    },
    `${provision}.zh.mdx`,
    'body',
    /item p5-i2 should start with "（二）"/,
  ],
  [
    'a hand-written paragraph id',
    (f) => edit(f(`${provision}.en.mdx`), (t) => t.replace('<P>', '<P id="p7">')),
    `${provision}.en.mdx`,
    undefined,
    /must not carry a hand-written id/,
  ],
  [
    'half-width punctuation in the Chinese text',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace('违反国家有关规定，', '违反国家有关规定,')),
    `${provision}.zh.mdx`,
    'body',
    /p1: half-width ","/,
  ],
  [
    'a traditional character in the Chinese text',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace('公民个人信息，情节严重', '公民個人信息，情节严重')),
    `${provision}.zh.mdx`,
    'body',
    /traditional character "個"/,
  ],
  [
    'a repealed provision without a successor',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace('status: current', 'status: repealed\nuntil: 2020-12-31')),
    `${provision}.zh.mdx`,
    'frontmatter.replacedBy',
    /must name what replaced it/,
  ],
  [
    'a source with only one copy compared',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/ {4}- github:yangpaimeng[^\n]*\n(?: {4}- [^\n]*\n)*/, '')),
    `${provision}.zh.mdx`,
    'frontmatter.sources.compared',
    /at least two/,
  ],
  [
    'a source not on an official site',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/official: \S+/, 'official: https://example.com/law')),
    `${provision}.zh.mdx`,
    'frontmatter.sources.official',
    /official site/,
  ],
  [
    'a missing status',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/^status: .*\n/m, '')),
    `${provision}.zh.mdx`,
    'frontmatter.status',
    /./,
  ],
  [
    'a missing official source URL',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/^ {2}official: .*\n/m, '')),
    `${provision}.zh.mdx`,
    'frontmatter.sources.official',
    /./,
  ],
  [
    'a missing checked date',
    (f) => edit(f(`${provision}.zh.mdx`), (t) => t.replace(/^ {2}checked: .*\n/m, '')),
    `${provision}.zh.mdx`,
    'frontmatter.sources.checked',
    /./,
  ],
];

describe('bad content fails the build, naming file, field and problem', () => {
  it.each(cases)('%s', async (_name, mutate, file, field, message) => {
    const issues = await issuesOf(mutate);
    const match = issues.find((i) => i.file === path.join('content', file) && message.test(i.message));
    expect(match, `issues were:\n${issues.map((i) => `${i.file} › ${i.field}: ${i.message}`).join('\n')}`).toBeDefined();
    if (field) expect(match?.field).toBe(field);
  });
});
