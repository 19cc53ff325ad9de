// npm run bench: page weight per page type (HTML, CSS, first-load JavaScript, gzip) against a
// bare Next.js static page built in the same run; Lighthouse for home, a provision and the
// checker; full build time, and the content build and Next build on a synthetic corpus.
// Figures are printed and written to docs/benchmarks.md. Targets are in the text, not tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { loadLines, loadRun, loadTargets } from './bench/load';
import { writeSection } from './bench/report';
import { chromiumFlags, systemChromium } from './chromium';
import { kib, percentile } from './bench/stats';
import { readHeaderConfig, startStaticServer } from './static-server';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const syntheticSize = Number(process.env.SYNTHETIC_PROVISIONS ?? 2000);

function timed(label: string, cwd: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const r = spawnSync('npm', args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${label} failed`);
  return (performance.now() - started) / 1000;
}

// --- Full build -------------------------------------------------------------------------------
const buildSeconds = timed('build', root, ['run', 'build']);
const out = path.join(root, 'out');

// --- Page weight ------------------------------------------------------------------------------
const gz = (file: string) => gzipSync(readFileSync(file)).length;
function weigh(dir: string, page: string) {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => !/polyfill/.test(s));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const sum = (urls: string[]) => [...new Set(urls)].reduce((n, u) => n + gz(path.join(dir, u.split('?')[0])), 0);
  return { html: gzipSync(html).length, css: sum(styles), js: sum(scripts) };
}

/** A bare Next.js static page, built with the same packages: the baseline for "our" JavaScript. */
function bareNext() {
  // Inside the project, so Next resolves the same node_modules (Turbopack won't follow a symlink out).
  const dir = path.join(root, '.bench', 'bare-next');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bare', private: true, type: 'module', scripts: { build: 'next build' } }),
  );
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true };\n");
  writeFileSync(
    path.join(dir, 'app', 'layout.js'),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(path.join(dir, 'app', 'page.js'), 'export default function P() { return <p>bare</p>; }\n');
  timed('bare Next build', dir, ['run', 'build']);
  const result = weigh(path.join(dir, 'out'), 'index.html');
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const pageTypes: [string, string][] = [
  ['home', 'zh/index.html'],
  ['instruments', 'zh/provisions/index.html'],
  ['provision', 'zh/provisions/criminal-law/253-1/index.html'],
  ['provision (en)', 'en/provisions/pipl/66/index.html'],
  ['version', 'zh/provisions/criminal-law/253-1/v/2009-02-28/index.html'],
  ['liability', 'zh/liability/criminal/index.html'],
  ['guide', 'zh/guides/outsourced-card-centre-agent/index.html'],
  ['checker', 'zh/check/index.html'],
  ['search', 'zh/search/index.html'],
  ['training unit', 'zh/training/where-the-criminal-line-lies/index.html'],
  ['handout', 'zh/handout/index.html'],
  ['case', 'zh/cases/benxi-bank-staff-sells-credit-reports/index.html'],
];
const bare = bareNext();
const weightLines = [
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. gzip sizes; first-load JavaScript is every script the page loads before interaction (the \`nomodule\` polyfill excluded).`,
  '',
  '| page | HTML | CSS | first-load JS | JS beyond a bare Next page |',
  '|---|---|---|---|---|',
  `| bare Next.js static page (baseline) | ${kib(bare.html)} | ${kib(bare.css)} | ${kib(bare.js)} | — |`,
  ...pageTypes.map(([name, file]) => {
    const w = weigh(out, file);
    return `| ${name} | ${kib(w.html)} | ${kib(w.css)} | ${kib(w.js)} | ${kib(w.js - bare.js)} |`;
  }),
  '',
  'Target: a provision page ≤ 15 KB of JavaScript beyond the bare page. The search code and index load only when search is used (see Search).',
];

// --- Lighthouse -------------------------------------------------------------------------------
const headers = readHeaderConfig(path.join(root, '.headers.generated.json'));
const server = await startStaticServer(out, { headers });
const chrome = await chromeLauncher.launch({
  chromePath: systemChromium,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
// Where the time goes, page by page: the site as built; the same HTML with every script removed
// (the limit of this HTML and CSS); with Next's chunks kept but the page's RSC payload removed,
// so the runtime loads and runs but hydrates nothing (what the runtime costs on its own); and
// served uncompressed. This machine's speed drifts between runs by more than most changes, so
// the variants of a page run interleaved, round after round, and each row is the median.
const lighthousePages: [string, string][] = [
  ['home', '/zh/'],
  ['provision', '/zh/provisions/criminal-law/253-1/'],
  ['guide', '/zh/guides/outsourced-card-centre-agent/'],
  ['training unit', '/zh/training/where-the-criminal-line-lies/'],
  ['checker', '/zh/check/?actor=bank-staff&act=sell&n1=60'],
];
const rounds = Number(process.env.LIGHTHOUSE_ROUNDS ?? 3);
function variantOf(name: string, edit: (html: string) => string) {
  const dir = path.join(root, '.bench', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(out, dir, { recursive: true });
  for (const [, url] of lighthousePages) {
    const file = path.join(dir, url.split('?')[0], 'index.html');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}
const strippedServer = await startStaticServer(
  variantOf('no-scripts', (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]+as="script"[^>]*>/g, '')),
);
const runtimeServer = await startStaticServer(
  variantOf('no-hydration', (html) => html.replace(/<script>self\.__next_f[\s\S]*?<\/script>/g, '')),
  { headers },
);
const plainServer = await startStaticServer(out, { headers, compression: false });
const lighthouseLines = [
  `| page | preset | served as | performance (median, range of ${rounds}) | LCP | TBT | accessibility | best practices | SEO |`,
  '|---|---|---|---|---|---|---|---|---|',
];
const variants = [
  { preset: 'mobile', served: 'site', base: server.url, full: true, runs: rounds },
  { preset: 'mobile', served: 'scripts removed (the limit)', base: strippedServer.url, full: false, runs: rounds },
  { preset: 'mobile', served: 'runtime only, nothing hydrated', base: runtimeServer.url, full: false, runs: rounds },
  { preset: 'mobile', served: 'site, uncompressed', base: plainServer.url, full: false, runs: 1 },
  { preset: 'desktop', served: 'site', base: server.url, full: true, runs: 1 },
] as const;
type Run = { performance: number; lcp: number; tbt: number; categories: Record<string, number> };
const median = (values: number[]) => percentile(values, 50);
for (const [name, url] of lighthousePages) {
  const results = variants.map((): Run[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, v] of variants.entries()) {
      if (round >= v.runs) continue;
      const result = await lighthouse(
        `${v.base}${url}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        v.preset === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      const score = (k: string) => Math.round((lhr?.categories[k]?.score ?? 0) * 100);
      results[i].push({
        performance: score('performance'),
        lcp: lhr?.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr?.audits['total-blocking-time']?.numericValue ?? NaN,
        categories: { accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      });
    }
  }
  for (const [i, v] of variants.entries()) {
    const runs = results[i];
    const scores = runs.map((r) => r.performance);
    const range = runs.length > 1 ? ` (${Math.min(...scores)}–${Math.max(...scores)})` : '';
    const category = (k: string) => (v.full ? String(Math.min(...runs.map((r) => r.categories[k]))) : '—');
    lighthouseLines.push(
      `| ${name} | ${v.preset} | ${v.served} | ${median(scores)}${range} | ${(median(runs.map((r) => r.lcp)) / 1000).toFixed(1)} s | ${Math.round(median(runs.map((r) => r.tbt)) / 10) * 10} ms | ${category('accessibility')} | ${category('best-practices')} | ${category('seo')} |`,
    );
  }
}
await strippedServer.close();
await runtimeServer.close();
await plainServer.close();
chrome.kill();

// --- Load -------------------------------------------------------------------------------------
const homeAssets = [...readFileSync(path.join(out, 'zh', 'index.html'), 'utf8').matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map(
  (m) => m[1],
);
const load = await loadRun(server.url, loadTargets(homeAssets));
const loadReport = loadLines(load);
await server.close();
lighthouseLines.push(
  '',
  `Lighthouse (npm \`lighthouse\`) driving the local Chromium against the built site served locally with its production headers; the default mobile settings (simulated slow 4G, 4× CPU slowdown) and the desktop preset. Mobile rows are the median of ${rounds} runs, the variants of a page interleaved (\`LIGHTHOUSE_ROUNDS\` sets how many); LCP and TBT are medians too. "Runtime only" keeps every script but removes the page's RSC payload, so Next and React load and start but hydrate nothing. Target: 100 in each.`,
);

// --- Synthetic corpus -------------------------------------------------------------------------
const buildLines = [
  `Full build of the shipped corpus (\`npm run build\`: content, search index, Next.js, headers): ${buildSeconds.toFixed(0)} s.`,
];
if (!quick) {
  const copy = path.join(root, '.bench', 'synthetic-site');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of [
    'app',
    'components',
    'lib',
    'scripts',
    'content',
    'public',
    'package.json',
    'next.config.ts',
    'postcss.config.mjs',
    'tsconfig.json',
    'next-env.d.ts',
  ])
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  execFileSync('npx', ['tsx', path.join(root, 'scripts/bench/synthetic-content.ts'), path.join(copy, 'content'), String(syntheticSize)], {
    stdio: 'inherit',
  });
  const contentSeconds = timed('synthetic content build', copy, ['run', 'content']);
  const nextSeconds = timed('synthetic next build', copy, ['exec', '--', 'next', 'build']);
  buildLines.push(
    `With ${syntheticSize} synthetic provisions added (generated from the real ones): content and search build ${contentSeconds.toFixed(0)} s, Next.js build ${nextSeconds.toFixed(0)} s.`,
  );
  rmSync(copy, { recursive: true, force: true });
}

writeSection('Page weight', weightLines.join('\n'));
writeSection('Lighthouse', lighthouseLines.join('\n'));
writeSection('Load', loadReport.join('\n\n'));
if (!quick) writeSection('Build', buildLines.join('\n')); // --quick skips the synthetic build: keep its figures
console.log(
  [
    '## Page weight',
    ...weightLines,
    '',
    '## Lighthouse',
    ...lighthouseLines,
    '',
    '## Load',
    ...loadReport,
    '',
    '## Build',
    ...buildLines,
  ].join('\n'),
);
