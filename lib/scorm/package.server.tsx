// Build time: a unit, or the whole course, as a SCORM package (a zip with imsmanifest.xml at
// its root). Deterministic: the same corpus gives the same bytes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Corpus, TrainingModule } from '../content/corpus';
import { t } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { manifestXml } from './manifest';
import { ScoPage } from './sco-page';
import type { PackageName, ScormVersion } from './spec';

const here = path.join(process.cwd(), 'lib', 'scorm');

/** sco.js and sco.css, made once per build. */
let shared: { js: string; css: string } | undefined;
function sharedFiles() {
  shared ??= {
    js: buildSync({
      entryPoints: [path.join(here, 'sco-runtime.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2019',
      write: false,
    }).outputFiles[0].text,
    css: readFileSync(path.join(here, 'sco.css'), 'utf8'),
  };
  return shared;
}

/** A fixed date for every entry, so rebuilding an unchanged package changes no byte. */
const mtime = new Date('2026-01-01T00:00:00Z');

export function buildPackage(corpus: Corpus, locale: Locale, name: PackageName, version: ScormVersion): Uint8Array {
  const course = name === 'course';
  const units: TrainingModule[] = course
    ? [...corpus.modules].sort((a, b) => a.facts.order - b.facts.order)
    : corpus.modules.filter((m) => m.slug === name);
  if (!units.length) throw new Error(`scorm: no training unit "${name}"`);
  const files: Zippable = {};
  const page = (unit: TrainingModule, assets: string) =>
    '<!doctype html>' + renderToStaticMarkup(<ScoPage unit={unit} corpus={corpus} locale={locale} version={version} assets={assets} />);
  const hrefs = units.map((unit) => {
    const href = course ? `${unit.slug}/index.html` : 'index.html';
    files[href] = [strToU8(page(unit, course ? '../' : '')), { mtime }];
    return { slug: unit.slug, title: unit.text[locale].title, href };
  });
  const { js, css } = sharedFiles();
  files['sco.js'] = [strToU8(js), { mtime }];
  files['sco.css'] = [strToU8(css), { mtime }];
  const dict = t(locale);
  const title = course ? `${dict.siteName} · ${dict.training.title}` : units[0].text[locale].title;
  files['imsmanifest.xml'] = [
    strToU8(manifestXml({ version, identifier: `cdll-${locale}-${name}-${version}`, title, units: hrefs, shared: ['sco.js', 'sco.css'] })),
    { mtime },
  ];
  return zipSync(files, { level: 9 });
}
