// Adds N synthetic provisions (and their instrument) to a content folder, recombined from the
// real provisions' text, so build time and index size can be measured at scale.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [dir, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 2000);
const source = path.join(dir, 'provisions', 'pipl');
const samples = (await readdir(source)).filter((f) => /^\d+\.zh\.mdx$/.test(f));
const texts = await Promise.all(
  samples.map(async (f) => [
    await readFile(path.join(source, f), 'utf8'),
    await readFile(path.join(source, f.replace('.zh.', '.en.')), 'utf8'),
  ]),
);

const instrument = path.join(dir, 'instruments');
await writeFile(
  path.join(instrument, 'synthetic-law.zh.mdx'),
  (await readFile(path.join(instrument, 'pipl.zh.mdx'), 'utf8'))
    .replace(/^short: .*$/m, 'short: 合成法')
    .replace(/^aliases: .*$/m, 'aliases: []')
    .replace(/^title: .*$/m, 'title: 合成测试法'),
);
await writeFile(
  path.join(instrument, 'synthetic-law.en.mdx'),
  (await readFile(path.join(instrument, 'pipl.en.mdx'), 'utf8'))
    .replace(/^short: .*$/m, 'short: Synthetic Law')
    .replace(/^aliases: .*$/m, 'aliases: []')
    .replace(/^title: .*$/m, 'title: Synthetic Test Law'),
);
const target = path.join(dir, 'provisions', 'synthetic-law');
await mkdir(target, { recursive: true });

for (let i = 1; i <= count; i++) {
  const [zh, en] = texts[i % texts.length];
  await writeFile(path.join(target, `${i}.zh.mdx`), zh);
  await writeFile(path.join(target, `${i}.en.mdx`), en);
}
console.log(`synthetic: ${count} provisions in ${target}`);
