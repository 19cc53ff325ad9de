// Stage 1: find every content file and group the two locales of each item.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { isArticleSlug } from '../../provisions/numerals';
import type { ContentIssue } from './issues';

export type Kind = 'instrument' | 'provision' | 'guide' | 'case' | 'module';
/** One item in both locales: the files behind it, keyed by locale. */
export interface Entry { kind: Kind; key: string; files: Partial<Record<Locale, string>> }

const FILE = /^(?<name>[^.]+)\.(?<locale>[a-z]+)\.mdx$/;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function classify(rel: string): { kind: Kind; key: string } | string {
  const parts = rel.split(path.sep);
  const m = FILE.exec(parts[parts.length - 1]);
  if (!m?.groups) return 'file names must look like <name>.zh.mdx or <name>.en.mdx';
  const { name } = m.groups;
  if (parts[0] === 'instruments' && parts.length === 2) return { kind: 'instrument', key: name };
  if (parts[0] === 'guides' && parts.length === 2) return { kind: 'guide', key: name };
  if (parts[0] === 'cases' && parts.length === 2) return { kind: 'case', key: name };
  if (parts[0] === 'training' && parts.length === 2) return { kind: 'module', key: name };
  if (parts[0] === 'provisions' && parts.length === 3) {
    const [article, version] = name.split('@');
    if (!isArticleSlug(article)) return `"${article}" is not an article number like 66 or 253-1`;
    if (version !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(version))
      return `an earlier version is named <article>@<effective date>, e.g. 253-1@2009-02-28`;
    return { kind: 'provision', key: `${parts[1]}/${name}` };
  }
  return 'not a place content can live: content/instruments/, content/provisions/<instrument>/, content/guides/, content/cases/ or content/training/';
}

/** Every item under contentDir (except the change log), keyed by kind and slug. */
export async function readEntries(contentDir: string, skip: string, issues: ContentIssue[], rel: (f: string) => string): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  for (const file of (await listFiles(contentDir)).sort()) {
    if (file === skip) continue;
    const where = classify(path.relative(contentDir, file));
    if (typeof where === 'string') {
      issues.push({ file: rel(file), message: where });
      continue;
    }
    const locale = FILE.exec(path.basename(file))?.groups?.locale ?? '';
    if (!isLocale(locale)) {
      issues.push({ file: rel(file), message: `unknown locale "${locale}": use ${locales.join(' or ')}` });
      continue;
    }
    const id = `${where.kind}:${where.key}`;
    const entry = entries.get(id) ?? { ...where, files: {} };
    entry.files[locale] = file;
    entries.set(id, entry);
  }
  return entries;
}
