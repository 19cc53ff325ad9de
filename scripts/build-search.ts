// Prebuild: the search index of each locale, written to public/search-index/<locale>/ as
// head.json, shards/<n>.json, docs/<id>.json and text/<id>.json, and fetched by the browser only when someone
// uses search (lib/search/client.ts).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { locales } from '../lib/i18n/locales';
import { corpusFile } from '../lib/content/paths';
import { buildSearchIndex } from '../lib/search/engine';
import { aliasTable, searchDocs } from '../lib/search/documents.server';

const outDir = path.join(process.cwd(), 'public', 'search-index');
const corpus = corpusSchema.parse(JSON.parse(await readFile(corpusFile, 'utf8')));
await rm(outDir, { recursive: true, force: true });
const aliases = aliasTable(corpus);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const docsOf = Object.fromEntries(locales.map((locale) => [locale, searchDocs(corpus, locale)]));
// Cross-language search maps a hit in one locale to the same id in the other.
const refs = locales.map((locale) => docsOf[locale].map((d) => d.ref).join('\n'));
if (new Set(refs).size !== 1) throw new Error('search: the locales do not number their documents alike');
const writeEach = (dir: string, files: unknown[]) =>
  mkdir(dir, { recursive: true }).then(() =>
    Promise.all(files.map((file, n) => writeFile(path.join(dir, `${n}.json`), JSON.stringify(file)))),
  );
for (const locale of locales) {
  const started = performance.now();
  const { head, shards, docs, texts } = buildSearchIndex(locale, docsOf[locale], aliases);
  const dir = path.join(outDir, locale);
  const headJson = JSON.stringify(head);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'head.json'), headJson);
  await Promise.all([
    writeEach(path.join(dir, 'shards'), shards),
    writeEach(path.join(dir, 'docs'), docs),
    writeEach(path.join(dir, 'text'), texts),
  ]);
  console.log(
    `search: ${locale} ${docs.length} documents, head ${kib(gzipSync(headJson).length)} gzip, ${shards.length} shards, in ${Math.round(performance.now() - started)} ms`,
  );
}
