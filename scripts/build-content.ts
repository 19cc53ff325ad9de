// Prebuild: compile and validate content/ into .content/corpus.json for the pages to read.
// Exits non-zero, naming file, field and problem, when any content is bad.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, buildCorpus } from '../lib/content/build.server';
import { corpusFile } from '../lib/content/paths';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const started = performance.now();
try {
  const corpus = await buildCorpus(contentDir);
  await mkdir(path.dirname(corpusFile), { recursive: true });
  await writeFile(corpusFile, JSON.stringify(corpus));
  const ms = Math.round(performance.now() - started);
  console.log(
    `content: ${corpus.instruments.length} instruments, ${corpus.provisions.length} provisions, ` +
      `${corpus.guides.length} guides, ${corpus.cases.length} cases, ${corpus.modules.length} modules compiled in ${ms} ms`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Content build failed. ${error.message}`);
    process.exit(1);
  }
  throw error;
}
