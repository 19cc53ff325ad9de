// The compiled corpus, read from the build, for specs that need its data (quiz answers, titles).
import { readFileSync } from 'node:fs';
import { corpus as corpusSchema } from '../lib/content/corpus';
import { corpusFile } from '../lib/content/paths';

export const corpus = corpusSchema.parse(JSON.parse(readFileSync(corpusFile, 'utf8')));
