// npm run bench:search — figures for docs/benchmarks.md: the bytes a reader fetches before the
// first result and for a whole query, build time, latency per keystroke in Node and in
// Chromium, recall@5 on the labelled query set, the same queries against Pagefind over the same
// built site, and the same figures on synthetic corpora.
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
import { addShard, buildSearchIndex, createEngine, loadAll, missingShards, search, type SearchIndex } from '../lib/search/engine';
import { evaluate, labelledQueries, type LabelledQuery } from '../lib/search/evaluate';
import type { SearchDoc } from '../lib/search/types';
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
  const index = buildSearchIndex(locale, docs, aliases);
  return { index, buildMs: performance.now() - started };
}

// What search code the browser fetches on first use: the client module and all it imports.
const clientBundle = await build({
  entryPoints: [path.join(root, 'lib/search/client.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'browser',
});
const codeBytes = gz(clientBundle.outputFiles[0].text);

/** Compressed sizes of an index's files, each measured once. */
function measure(index: SearchIndex) {
  const shardBytes = index.shards.map((shard) => gz(JSON.stringify(shard)));
  const textBytes = index.texts.map((text) => gz(JSON.stringify(text)));
  const docBytes = index.docs.map((doc) => gz(JSON.stringify(doc)));
  return { head: gz(JSON.stringify(index.head)), shardBytes, textBytes, docBytes };
}
type Measured = ReturnType<typeof measure>;

/**
 * Bytes fetched while a query is typed one character at a time, with the code and the names of
 * the results shown: before the first result (the first keystroke) and by the last keystroke.
 * Texts for snippets come after the results and are counted apart.
 */
function typedBytes(index: SearchIndex, m: Measured, q: string, limit = 20) {
  const engine = createEngine(index.head);
  const named = new Set<number>();
  let bytes = codeBytes + m.head;
  let first = 0;
  for (const typed of keystrokes(q)) {
    for (const n of missingShards(engine, typed)) {
      addShard(engine, n, index.shards[n]);
      bytes += m.shardBytes[n];
    }
    for (const hit of search(engine, typed, {}, limit)) {
      if (!named.has(hit.id)) bytes += m.docBytes[hit.id];
      named.add(hit.id);
    }
    first ||= bytes;
  }
  const snippets = search(engine, q, {}, limit).reduce((sum, hit) => sum + m.textBytes[hit.id], 0);
  return { first, whole: bytes, snippets };
}

/** Time per keystroke as the browser does it, less the network: fetched shards decoded, then the search. */
function nodeLatency(index: SearchIndex, qs: string[]) {
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const q of qs) {
      const engine = createEngine(index.head);
      for (const prefix of keystrokes(q)) {
        const t = performance.now();
        for (const n of missingShards(engine, prefix)) addShard(engine, n, index.shards[n]);
        search(engine, prefix);
        times.push(performance.now() - t);
      }
    }
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

function bytesRow(index: SearchIndex, m: Measured, qs: string[]) {
  const runs = qs.map((q) => typedBytes(index, m, q));
  const col = (pick: (r: (typeof runs)[number]) => number) => {
    const values = runs.map(pick);
    return `${kib(percentile(values, 50))} / ${kib(Math.max(...values))}`;
  };
  return { first: col((r) => r.first), whole: col((r) => r.whole), snippets: col((r) => r.snippets) };
}

// --- The shipped corpus -------------------------------------------------------------------
const lines: string[] = [
  '## Search',
  '',
  `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}, ${corpus.provisions.length} provisions, ${corpus.guides.length} guides, ${corpus.cases.length} cases.`,
  '',
  `The browser fetches, on first use, the search code (${kib(codeBytes)} gzip: engine and client, minified) and the locale's head (instrument aliases and one column per fact ranking needs: kind, status, liability, instrument, citations, heading length); then, for each term or article number typed, the one shard of the index that holds it, if not fetched yet; then the name of each result shown; and then its text, for the snippet. Bytes are gzip and include the code; "median / max" is over the labelled queries typed one character at a time.`,
  '',
];
const indexes = {} as Record<Locale, SearchIndex>;
lines.push(
  '| locale | docs | head | shards (all) | before the first result | by the last keystroke | snippet texts after | build | Node p50 / p95 per keystroke | recall@5 |',
  '|---|---|---|---|---|---|---|---|---|---|',
);
for (const locale of locales) {
  const { index, buildMs } = timedBuild(locale, searchDocs(corpus, locale));
  indexes[locale] = index;
  const m = measure(index);
  const qs = queries[locale].map((q) => q.q);
  const b = bytesRow(index, m, qs);
  const lat = nodeLatency(index, qs);
  const { recall } = evaluate(
    loadAll(index),
    index.docs.map((d) => d.ref),
    queries[locale],
  );
  const allShards = m.shardBytes.reduce((a, x) => a + x, 0);
  lines.push(
    `| ${locale} | ${index.docs.length} | ${kib(m.head)} | ${index.shards.length}, ${kib(allShards)} | ${b.first} | ${b.whole} | ${b.snippets} | ${ms(buildMs)} | ${ms(lat.p50)} / ${ms(lat.p95)} (${lat.n}) | ${recall.toFixed(3)} (${qs.length} queries) |`,
  );
}
lines.push('', 'Target: ≤ 60 KB before the first result in each locale; recall@5 ≥ 0.98 (zh) and 1.0 (en).', '');

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
lines.push('| locale | Chromium p50 / p95 per keystroke (shards decoded + search) | head parse + prepare |', '|---|---|---|');
for (const locale of locales) {
  const page = await browser.newPage();
  await page.addScriptTag({ content: engineJs });
  const result = await page.evaluate(
    ({ json, qs }) => {
      type Bench = {
        createEngine: (head: unknown) => unknown;
        addShard: (e: unknown, n: number, shard: unknown) => void;
        missingShards: (e: unknown, q: string) => number[];
        search: (e: unknown, q: string) => unknown[];
      };
      const bench = (globalThis as unknown as { searchBench: Bench }).searchBench;
      const { head, shards } = JSON.parse(json) as { head: unknown; shards: unknown[] };
      const t0 = performance.now();
      bench.createEngine(JSON.parse(JSON.stringify(head)));
      const loadMs = performance.now() - t0;
      const times: number[] = [];
      for (let round = 0; round < 3; round++)
        for (const q of qs) {
          const engine = bench.createEngine(head);
          const chars = [...q];
          for (let i = 1; i <= chars.length; i++) {
            const typed = chars.slice(0, i).join('');
            const t = performance.now();
            for (const n of bench.missingShards(engine, typed)) bench.addShard(engine, n, shards[n]);
            bench.search(engine, typed);
            times.push(performance.now() - t);
          }
        }
      times.sort((a, b) => a - b);
      return { loadMs, p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
    },
    { json: JSON.stringify({ head: indexes[locale].head, shards: indexes[locale].shards }), qs: queries[locale].map((q) => q.q) },
  );
  lines.push(`| ${locale} | ${ms(result.p50)} / ${ms(result.p95)} | ${ms(result.loadMs)} |`);
  await page.close();
}

// --- Pagefind over the same built site ----------------------------------------------------
const site = mkdtempSync(path.join(tmpdir(), 'pagefind-site-'));
cpSync(path.join(root, 'out'), site, { recursive: true });
execFileSync(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--silent'], { stdio: 'inherit' });
const server = await startStaticServer(site);
// The first labelled query at once, as Pagefind is given it.
const ourFirstBytes = (locale: Locale) => typedBytes(indexes[locale], measure(indexes[locale]), queries[locale][0].q).whole;
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
  const ours = evaluate(
    loadAll(indexes[locale]),
    indexes[locale].docs.map((d) => d.ref),
    qs,
  ).recall;
  lines.push(`| ${locale} | this site | ${ours.toFixed(3)} | ${kib(ourFirstBytes(locale))} (gzip, typed) | see above |`);
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
lines.push('', 'Synthetic corpora (sentences of the real provisions recombined), the first 15 labelled queries typed:', '');
lines.push(
  '| locale | docs | head | shards (all) | before the first result | by the last keystroke | build | Node p50 / p95 per keystroke |',
  '|---|---|---|---|---|---|---|---|',
);
for (const n of [2000, 10000]) {
  for (const locale of locales) {
    const { index, buildMs } = timedBuild(locale, synthetic(locale, n));
    const m = measure(index);
    const qs = queries[locale].slice(0, 15).map((q) => q.q);
    const b = bytesRow(index, m, qs);
    const lat = nodeLatency(index, qs);
    const allShards = m.shardBytes.reduce((a, x) => a + x, 0);
    lines.push(
      `| ${locale} | ${n} | ${kib(m.head)} | ${index.shards.length}, ${kib(allShards)} | ${b.first} | ${b.whole} | ${ms(buildMs)} | ${ms(lat.p50)} / ${ms(lat.p95)} |`,
    );
  }
}
lines.push('', 'Target on 10,000 documents: ≤ 150 KB before the first result, p95 ≤ 20 ms per keystroke.', '');

console.log(lines.join('\n'));
writeSection('Search', lines.slice(2).join('\n'));
