// Prebuild: one search index per locale, serialized to public/search-index/<locale>.json and
// loaded by the browser only when someone opens search.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { locales } from '../lib/i18n/locales';
import { corpusFile } from '../lib/content/paths';
import { buildIndexFile } from '../lib/search/engine';
import { aliasTable, searchDocs } from '../lib/search/documents.server';

const outDir = path.join(process.cwd(), 'public', 'search-index');
const corpus = corpusSchema.parse(JSON.parse(await readFile(corpusFile, 'utf8')));
await mkdir(outDir, { recursive: true });
const aliases = aliasTable(corpus);
for (const locale of locales) {
  const started = performance.now();
  const file = buildIndexFile(locale, searchDocs(corpus, locale), aliases);
  const json = JSON.stringify(file);
  await writeFile(path.join(outDir, `${locale}.json`), json);
  console.log(
    `search: ${locale} ${file.docs.length} documents, ${(json.length / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms`,
  );
}
