// Build-time only: reads content/, compiles each MDX file exactly once, validates every file
// against the schema, cross-checks references, and returns the corpus or every problem.
// One module per stage in build/: read → compile → validate → link.
import path from 'node:path';
import type { Corpus } from './corpus';
import { articleOrder } from '../provisions/numerals';
import { compileAll } from './build/compile.server';
import { ContentError, type ContentIssue } from './build/issues';
import { checkLinks } from './build/link.server';
import { readEntries } from './build/read.server';
import { validateEntries } from './build/validate.server';

export { ContentError, formatIssue, type ContentIssue } from './build/issues';

export async function buildCorpus(contentDir: string): Promise<Corpus> {
  const issues: ContentIssue[] = [];
  const rel = (f: string) => path.relative(path.dirname(contentDir), f);
  const changelogFile = path.join(contentDir, 'changelog.json');

  const entries = await readEntries(contentDir, changelogFile, issues, rel);
  const compiled = await compileAll([...entries.values()], issues, rel);
  const items = validateEntries([...entries.values()], compiled, issues, rel);
  const changes = await checkLinks(items, entries, changelogFile, issues, rel);

  if (issues.length) throw new ContentError(issues);
  const { instruments, provisions, guides, cases, modules } = items;
  return {
    instruments: instruments.sort((a, b) => a.slug.localeCompare(b.slug)),
    provisions: [...provisions.values()].sort(
      (a, b) => a.instrument.localeCompare(b.instrument) || articleOrder(a.article) - articleOrder(b.article),
    ),
    guides: guides.sort((a, b) => a.slug.localeCompare(b.slug)),
    cases: cases.sort((a, b) => (b.facts.date ?? '').localeCompare(a.facts.date ?? '') || a.slug.localeCompare(b.slug)),
    modules: modules.sort((a, b) => a.facts.order - b.facts.order),
    changes,
    builtAt: new Date().toISOString(),
  };
}
