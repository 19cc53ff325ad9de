// Stage 2: compile every MDX file exactly once, in parallel, collecting its structure.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { CompileOptions } from '@mdx-js/mdx';
import { bundleMDX } from 'mdx-bundler';
import type { Doc } from '../corpus';
import { remarkCrossReferences, type CrossReferenceOptions } from '../mdx/remark-cross-references';
import { remarkStructure, type DocumentStructure } from '../mdx/remark-structure';
import { describeError, type ContentIssue } from './issues';
import type { Entry } from './read.server';

export interface Compiled { data: Record<string, unknown>; doc: Doc }
type CrossReferences = Omit<CrossReferenceOptions, 'collect'>;

async function compile(file: string, source: string, crossReferences?: CrossReferences): Promise<Compiled> {
  let structure: DocumentStructure = { paragraphs: [], quiz: [], prose: '', refs: [] };
  let cites: string[] = [];
  const result = await bundleMDX({
    source,
    cwd: path.dirname(file),
    // Errors are collected and reported with the file name; esbuild need not print them too.
    esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    // mdx-bundler's own option type points into a path @mdx-js/esbuild does not export.
    mdxOptions(options: CompileOptions): CompileOptions {
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
  const out = new Array<R>(items.length);
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

/** Compiles every file; a file that fails is reported, not fatal to the rest. */
export async function compileAll(entries: Entry[], issues: ContentIssue[], rel: (f: string) => string): Promise<Map<string, Compiled>> {
  const linking = await crossReferenceContext(entries);
  const jobs = entries.flatMap((e) =>
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
  return compiled;
}
