// Recall@5 of a labelled query set against an engine: used by the unit test and the benchmark.
import { search, type Engine } from './engine';

export interface LabelledQuery { q: string; top5: string[]; first?: string }
export interface Miss { q: string; expected: string[]; got: string[] }

export function evaluate(engine: Engine, queries: LabelledQuery[]): { recall: number; misses: Miss[] } {
  let found = 0;
  let wanted = 0;
  const misses: Miss[] = [];
  for (const { q, top5, first } of queries) {
    const got = search(engine, q, {}, 5).map((r) => r.doc.ref);
    const hits = top5.filter((ref) => got.includes(ref)).length;
    found += hits;
    wanted += top5.length;
    if (hits < top5.length || (first && got[0] !== first)) misses.push({ q, expected: first ? [first, ...top5] : top5, got });
  }
  return { recall: wanted ? found / wanted : 1, misses };
}
