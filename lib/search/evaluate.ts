// Recall@5 of a labelled query set against an engine: used by the unit test and the benchmark.
import { z } from 'zod';
import { search, type Engine } from './engine';

const labelledQuery = z.object({ q: z.string(), top5: z.array(z.string()), first: z.string().optional() });
export type LabelledQuery = z.infer<typeof labelledQuery>;
/** test/search/queries.json: per locale, queries and the ids that must be in the top five. */
export const labelledQueries = z.object({ zh: z.array(labelledQuery), en: z.array(labelledQuery) });
interface Miss {
  q: string;
  expected: string[];
  got: string[];
}

/** `refs[id]`: the item path of document `id`. */
export function evaluate(engine: Engine, refs: string[], queries: LabelledQuery[]): { recall: number; misses: Miss[] } {
  let found = 0;
  let wanted = 0;
  const misses: Miss[] = [];
  for (const { q, top5, first } of queries) {
    const got = search(engine, q, {}, 5).map((hit) => refs[hit.id]);
    const hits = top5.filter((ref) => got.includes(ref)).length;
    found += hits;
    wanted += top5.length;
    if (hits < top5.length || (first && got[0] !== first)) misses.push({ q, expected: first ? [first, ...top5] : top5, got });
  }
  return { recall: wanted ? found / wanted : 1, misses };
}
