import path from 'node:path';

/** Where the content build leaves the compiled corpus for the pages. */
export const corpusFile = path.join(process.cwd(), '.content', 'corpus.json');
