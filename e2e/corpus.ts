// The compiled corpus, read from the build, for specs that need its data (quiz answers, titles).
import { corpus as readCorpus } from '../lib/content/gateway.server';

export const corpus = readCorpus();
