// Postbuild: (1) for each language, the lists of URLs a reader can save for offline use
// (out/offline/<locale>-<set>.json) and their sizes (out/offline/<locale>.json), for the
// service worker and the home page's "Save for offline"; (2) dist/site.zip, the whole of out/
// in a folder, to unpack on an intranet and serve from any static server.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { builtAt } from '../lib/content/gateway.server';
import { locales } from '../lib/i18n/locales';
import { leftOutOfEssentials, listHref, offlineSets, summaryHref, type OfflineList, type OfflineSummary } from '../lib/offline/sets';

const out = path.join(process.cwd(), 'out');
const started = performance.now();

/** Every file under a directory of out/, as site paths (/zh/provisions/index.html). */
function walk(dir: string): string[] {
  return readdirSync(path.join(out, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.posix.join(dir, e.name)) : [`/${path.posix.join(dir, e.name)}`],
  );
}
const size = (file: string) => statSync(path.join(out, file)).size;
/** What a file costs to download from a host that compresses (the cache keeps it unpacked); once per file, as the sets overlap. */
const compressed = new Map<string, number>();
function compressedSize(file: string): number {
  let bytes = compressed.get(file);
  if (bytes === undefined) {
    bytes = /\.(html|js|css|json|svg|webmanifest)$/.test(file) ? gzipSync(readFileSync(path.join(out, file))).length : size(file);
    compressed.set(file, bytes);
  }
  return bytes;
}

const version = builtAt().replace(/\D/g, '').slice(0, 14);
// Every script and stylesheet: some chunks load only when used (search), so no page names them all.
const assets = [...walk('_next/static'), '/icon.svg', '/manifest.webmanifest'];
mkdirSync(path.join(out, 'offline'), { recursive: true });
for (const locale of locales) {
  const pages = walk(locale).filter((f) => f.endsWith('/index.html'));
  const search = walk(`search-index/${locale}`);
  const summary: OfflineSummary = { version, sets: {} as OfflineSummary['sets'] };
  for (const set of offlineSets) {
    const chosen = pages.filter((p) => set === 'everything' || !leftOutOfEssentials.test(p));
    const files = [...chosen, ...assets, ...search];
    const list: OfflineList = { version, urls: [...chosen.map((p) => p.replace(/index\.html$/, '')), ...assets, ...search] };
    writeFileSync(path.join(out, listHref(locale, set)), JSON.stringify(list));
    const total = (measure: (f: string) => number) => files.reduce((sum, f) => sum + measure(f), 0);
    summary.sets[set] = { pages: chosen.length, files: files.length, bytes: total(size), download: total(compressedSize) };
  }
  writeFileSync(path.join(out, summaryHref(locale)), JSON.stringify(summary));
  const mb = (set: keyof OfflineSummary['sets']) =>
    `${(summary.sets[set].bytes / 1e6).toFixed(1)} MB (${(summary.sets[set].download / 1e6).toFixed(1)} MB to download)`;
  console.log(
    `offline: ${locale} essentials ${summary.sets.essentials.pages} pages ${mb('essentials')}, everything ${summary.sets.everything.pages} pages ${mb('everything')}`,
  );
}

// The site as one file for an intranet: everything in out/, under site/.
const files: Zippable = {};
for (const file of walk('.')) files[`site${file}`] = readFileSync(path.join(out, file));
mkdirSync(path.join(process.cwd(), 'dist'), { recursive: true });
const zip = zipSync(files, { level: 6 });
writeFileSync(path.join(process.cwd(), 'dist', 'site.zip'), zip);
console.log(
  `offline: dist/site.zip, ${Object.keys(files).length} files, ${(zip.length / 1e6).toFixed(1)} MB, in ${Math.round((performance.now() - started) / 1000)} s`,
);
