// npm run bench:search — figures for docs/benchmarks.md: index size, build time, latency per
// keystroke in Node and in Chromium, recall@5 on the labelled query set, the same queries
// against Pagefind over the same built site, and growth on synthetic corpora.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { locales, type Locale } from '../lib/i18n/locales';
import { corpusFile } from '../lib/content/paths';
import { aliasTable, searchDocs } from '../lib/search/documents.server';
import { buildIndexFile, loadEngine, search } from '../lib/search/engine';
import { evaluate, labelledQueries, type LabelledQuery } from '../lib/search/evaluate';
import type { SearchDoc, SearchIndexFile } from '../lib/search/types';
import { launchBrowser } from './bench/browser';
import { writeSection } from './bench/report';
import { startStaticServer } from './static-server';
import { keystrokes, kib, ms, percentile } from './bench/stats';

const root = process.cwd();
if (!existsSync(corpusFile) || !existsSync(path.join(root, 'out', 'index.html'))) {
  console.log('building the site first…');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const corpus = corpusSchema.parse(JSON.parse(readFileSync(corpusFile, 'utf8')));
const queries: Record<Locale, LabelledQuery[]> = labelledQueries.parse(
  JSON.parse(readFileSync(path.join(root, 'test', 'search', 'queries.json'), 'utf8')),
);
const aliases = aliasTable(corpus);
const gz = (s: string | Uint8Array) => gzipSync(s).length;

function timedBuild(locale: string, docs: SearchDoc[]) {
  const started = performance.now();
  const file = buildIndexFile(locale, docs, aliases);
  return { file, buildMs: performance.now() - started };
}

function nodeLatency(file: SearchIndexFile, qs: string[]) {
  const engine = loadEngine(file);
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of qs)
      for (const prefix of keystrokes(q)) {
        const t = performance.now();
        search(engine, prefix);
        times.push(performance.now() - t);
      }
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

function sizes(file: SearchIndexFile) {
  const json = JSON.stringify(file);
  const index = JSON.stringify(file.index);
  return { raw: Buffer.byteLength(json), gzip: gz(json), indexGzip: gz(index), docsGzip: gz(JSON.stringify(file.docs)) };
}

// --- The shipped corpus -------------------------------------------------------------------
const lines: string[] = [
  '## Search',
  '',
  `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}, ${corpus.provisions.length} provisions, ${corpus.guides.length} guides.`,
  '',
];
const files = {} as Record<Locale, SearchIndexFile>;
lines.push(
  '| locale | docs | file raw | file gzip | index gzip | store gzip | build | Node p50 / p95 per keystroke | recall@5 |',
  '|---|---|---|---|---|---|---|---|---|',
);
for (const locale of locales) {
  const { file, buildMs } = timedBuild(locale, searchDocs(corpus, locale));
  files[locale] = file;
  const s = sizes(file);
  const lat = nodeLatency(
    file,
    queries[locale].map((q) => q.q),
  );
  const { recall } = evaluate(loadEngine(file), queries[locale]);
  lines.push(
    `| ${locale} | ${file.docs.length} | ${kib(s.raw)} | ${kib(s.gzip)} | ${kib(s.indexGzip)} | ${kib(s.docsGzip)} | ${ms(buildMs)} | ${ms(lat.p50)} / ${ms(lat.p95)} (${lat.n}) | ${recall.toFixed(3)} (${queries[locale].length} queries) |`,
  );
}

// --- The same engine inside Chromium ------------------------------------------------------
const bundle = await build({
  entryPoints: [path.join(root, 'scripts/bench/browser-entry.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  platform: 'browser',
});
const engineJs = bundle.outputFiles[0].text;
const browser = await launchBrowser();
lines.push('', `Search code shipped on first use (FlexSearch + engine, minified): ${kib(gz(engineJs))} gzip.`, '');
lines.push('| locale | Chromium p50 / p95 per keystroke | load + import index |', '|---|---|---|');
for (const locale of locales) {
  const page = await browser.newPage();
  await page.addScriptTag({ content: engineJs });
  const result = await page.evaluate(
    ({ json, qs }) => {
      type Bench = { loadEngine: (f: unknown) => unknown; search: (e: unknown, q: string) => unknown[] };
      const bench = (globalThis as unknown as { searchBench: Bench }).searchBench;
      const t0 = performance.now();
      const engine = bench.loadEngine(JSON.parse(json));
      const loadMs = performance.now() - t0;
      const times: number[] = [];
      for (let round = 0; round < 3; round++)
        for (const q of qs) {
          const chars = [...q];
          for (let i = 1; i <= chars.length; i++) {
            const t = performance.now();
            bench.search(engine, chars.slice(0, i).join(''));
            times.push(performance.now() - t);
          }
        }
      times.sort((a, b) => a - b);
      return { loadMs, p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
    },
    { json: JSON.stringify(files[locale]), qs: queries[locale].map((q) => q.q) },
  );
  lines.push(`| ${locale} | ${ms(result.p50)} / ${ms(result.p95)} | ${ms(result.loadMs)} |`);
  await page.close();
}

// --- Pagefind over the same built site ----------------------------------------------------
const site = mkdtempSync(path.join(tmpdir(), 'pagefind-site-'));
cpSync(path.join(root, 'out'), site, { recursive: true });
execFileSync(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--silent'], { stdio: 'inherit' });
const server = await startStaticServer(site);
const ourFirstBytes = (locale: Locale) => gz(engineJs) + gz(JSON.stringify(files[locale]));
lines.push('', 'The same queries against Pagefind 1.5 run over the same `out/` (its default settings):', '');
lines.push('| locale | engine | recall@5 | bytes until first result | p50 / p95 per query |', '|---|---|---|---|---|');
const toRef = (url: string) =>
  url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/(zh|en)\//, '')
    .replace(/^provisions\//, '')
    .replace(/\/$/, '')
    .replace(/\.html$/, '');
for (const locale of locales) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/${locale}/provisions/`);
  server.reset();
  const qs = queries[locale];
  type PagefindRun = { times: number[]; urls: string[][] };
  // Run in the page: Pagefind's module loaded on first use, as a site would, then each query.
  const run = (list: string[]) =>
    page.evaluate(async (batch): Promise<PagefindRun> => {
      type Result = { data: () => Promise<{ url: string }> };
      type Pagefind = { search: (q: string) => Promise<{ results: Result[] }> };
      const pagefindUrl: string = '/pagefind/pagefind.js'; // a URL on the served site, not a module here
      const pf = (await import(/* webpackIgnore: true */ pagefindUrl)) as Pagefind;
      const times: number[] = [];
      const urls: string[][] = [];
      for (const q of batch) {
        const t = performance.now();
        const { results } = await pf.search(q);
        const top = await Promise.all(results.slice(0, 5).map((r) => r.data()));
        times.push(performance.now() - t);
        urls.push(top.map((d) => d.url));
      }
      return { times, urls };
    }, list);
  const first = await run([qs[0].q]);
  const firstBytes = server.bytes();
  const rest = await run(qs.slice(1).map((q) => q.q));
  const outcome = { times: [...first.times, ...rest.times], urls: [...first.urls, ...rest.urls] };
  let found = 0;
  let wanted = 0;
  qs.forEach((q, i) => {
    const got = outcome.urls[i].map(toRef);
    found += q.top5.filter((r) => got.includes(r)).length;
    wanted += q.top5.length;
  });
  const ours = evaluate(loadEngine(files[locale]), qs).recall;
  lines.push(`| ${locale} | this site | ${ours.toFixed(3)} | ${kib(ourFirstBytes(locale))} (gzip, once) | see above |`);
  lines.push(
    `| ${locale} | Pagefind | ${(found / wanted).toFixed(3)} | ${kib(firstBytes)} (as served) | ${ms(percentile(outcome.times, 50))} / ${ms(percentile(outcome.times, 95))} |`,
  );
  await page.close();
}
await server.close();
await browser.close();
rmSync(site, { recursive: true, force: true });

// --- Synthetic corpora ----------------------------------------------------------------------
/** Deterministic pseudo-random numbers, so runs compare. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
}
function synthetic(locale: Locale, n: number): SearchDoc[] {
  const real = searchDocs(corpus, locale).filter((d) => d.kind === 'provision');
  const sentences = real.flatMap((d) => `${d.text} ${d.prose}`.split(/(?<=[。；.;])/)).filter((s) => s.trim().length > 8);
  const next = random(n);
  return Array.from({ length: n }, (_, id) => {
    const base = real[id % real.length];
    const pick = () => sentences[Math.floor(next() * sentences.length)];
    return {
      ...base,
      id,
      ref: `synthetic-${id % 50}/${id}`,
      instrument: `synthetic-${id % 50}`,
      articles: [String(id)],
      text: [pick(), pick(), pick()].join(''),
      prose: [pick(), pick(), pick(), pick()].join(''),
    };
  });
}
lines.push('', 'Synthetic corpora (sentences of the real provisions recombined):', '');
lines.push('| locale | docs | file gzip | index gzip | build | Node p50 / p95 per keystroke |', '|---|---|---|---|---|---|');
for (const n of [2000, 10000]) {
  for (const locale of locales) {
    const { file, buildMs } = timedBuild(locale, synthetic(locale, n));
    const s = sizes(file);
    const lat = nodeLatency(
      file,
      queries[locale].slice(0, 15).map((q) => q.q),
    );
    lines.push(`| ${locale} | ${n} | ${kib(s.gzip)} | ${kib(s.indexGzip)} | ${ms(buildMs)} | ${ms(lat.p50)} / ${ms(lat.p95)} |`);
  }
}

console.log(lines.join('\n'));
writeSection('Search', lines.slice(2).join('\n'));
