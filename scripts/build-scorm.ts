// Prebuild: every training unit, and the whole course, as SCORM 1.2 and 2004 packages in each
// locale, written to public/scorm/<locale>/ (so `next build` copies them into out/ and the
// training pages can state their sizes).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { corpusFile } from '../lib/content/paths';
import { locales } from '../lib/i18n/locales';
import { buildPackage } from '../lib/scorm/package.server';
import { packageHref, scormVersions } from '../lib/scorm/spec';

const publicDir = path.join(process.cwd(), 'public');
const corpus = corpusSchema.parse(JSON.parse(await readFile(corpusFile, 'utf8')));
await rm(path.join(publicDir, 'scorm'), { recursive: true, force: true });
let count = 0;
for (const locale of locales) {
  await mkdir(path.join(publicDir, 'scorm', locale), { recursive: true });
  for (const name of ['course', ...corpus.modules.map((m) => m.slug)])
    for (const version of scormVersions) {
      await writeFile(path.join(publicDir, packageHref(locale, name, version)), buildPackage(corpus, locale, name, version));
      count++;
    }
}
console.log(`scorm: ${count} packages`);
