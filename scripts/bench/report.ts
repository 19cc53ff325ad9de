// Replaces one "## <title>" section of docs/benchmarks.md, keeping the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file = path.join(process.cwd(), 'docs', 'benchmarks.md');
const header =
  '# Benchmarks\n\nFigures printed by the benchmark scripts and written here by them. Targets live in the text, not in tests.\n';

export function writeSection(title: string, body: string) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const sections = text.split(/^(?=## )/m);
  const heading = `## ${title}\n`;
  const updated = `${heading}\n${body.trim()}\n\n`;
  const at = sections.findIndex((s) => s.startsWith(heading));
  if (at >= 0) sections[at] = updated;
  else sections.push(updated);
  writeFileSync(file, sections.join('').trimEnd() + '\n');
}
