// Prebuild: every training unit, and the whole course, as SCORM 1.2 and 2004 packages in each
// locale, written under public/<locale>/training/ (so `next build` copies them into out/ beside
// the training pages, which state their sizes). public/zh/ and public/en/ hold nothing else.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { corpusFile } from '../lib/content/paths';
import { locales } from '../lib/i18n/locales';
import { buildPackage } from '../lib/scorm/package.server';
import { packageHref, scormVersions } from '../lib/scorm/spec';

const publicDir = path.join(process.cwd(), 'public');
const corpus = corpusSchema.parse(JSON.parse(await readFile(corpusFile, 'utf8')));
let count = 0;
for (const locale of locales) {
  await rm(path.join(publicDir, locale), { recursive: true, force: true });
  for (const name of ['course', ...corpus.modules.map((m) => m.slug)])
    for (const version of scormVersions) {
      const file = path.join(publicDir, packageHref(locale, name, version));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, buildPackage(corpus, locale, name, version));
      count++;
    }
}
console.log(`scorm: ${count} packages`);
