// The search engine over the real corpus: tokenizer, query forms, ranking of the labelled
// query set, cross-language matches and hostile input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/content/build.server';
import {
  addShard,
  buildSearchIndex,
  createEngine,
  loadAll,
  missingShards,
  search,
  searchAcross,
  snippetOf,
  type Engine,
  type SearchIndex,
} from '../lib/search/engine';
import { aliasTable, searchDocs } from '../lib/search/documents.server';
import { evaluate, labelledQueries } from '../lib/search/evaluate';
import { isDocMeta, isSearchHead, isSearchText, isShardFile } from '../lib/search/types';
import { decodeIds, encodeIds, shardOf, type Shard } from '../lib/search/postings';
import { parseQuery } from '../lib/search/query';
import { bigrams, stem, tokenize } from '../lib/search/tokenize';

const queries = labelledQueries.parse(JSON.parse(readFileSync(path.join(__dirname, 'search', 'queries.json'), 'utf8')));
let engines: Record<'zh' | 'en', Engine>;
let indexes: Record<'zh' | 'en', SearchIndex>;

beforeAll(async () => {
  const corpus = await buildCorpus(path.join(__dirname, '..', 'content'));
  const aliases = aliasTable(corpus);
  // Through the serialized form, as the browser gets it.
  const indexFor = (locale: 'zh' | 'en'): SearchIndex => {
    const index = buildSearchIndex(locale, searchDocs(corpus, locale), aliases);
    const head: unknown = JSON.parse(JSON.stringify(index.head));
    if (!isSearchHead(head)) throw new Error('head lost its shape in JSON');
    const shards = index.shards.map((shard): Shard => JSON.parse(JSON.stringify(shard)) as Shard);
    return { ...index, head, shards };
  };
  indexes = { zh: indexFor('zh'), en: indexFor('en') };
  engines = { zh: loadAll(indexes.zh), en: loadAll(indexes.en) };
}, 120_000);

/** Item paths of the top hits. */
function refs(locale: 'zh' | 'en', q: string, filters = {}, limit = 20) {
  return search(engines[locale], q, filters, limit).map((hit) => indexes[locale].docs[hit.id].ref);
}
function snippets(locale: 'zh' | 'en', q: string) {
  return search(engines[locale], q).map((hit) => snippetOf(engines[locale], q, indexes[locale].texts[hit.id]));
}

describe('tokenizer', () => {
  it('splits Han text into overlapping bigrams, keeping digits apart from Han', () => {
    expect(bigrams('出售信息')).toEqual(['出售', '售信', '信息']);
    expect(tokenize('第253条之一')).toEqual(['第', '253', '条之', '之一']);
    expect(tokenize('Art 253 art:253-1 ins:pipl')).toEqual(['art', '253', 'art:253-1', 'ins:pipl']);
  });
  it('stems English forms to one term', () => {
    for (const [a, b] of [
      ['processing', 'processed'],
      ['reports', 'report'],
      ['liabilities', 'liability'],
      ['dismissal', 'dismiss'],
    ])
      expect(stem(a)).toBe(stem(b));
  });
});

describe('query forms', () => {
  const aliases: [string, string][] = [
    ['个人信息保护法', 'pipl'],
    ['个保法', 'pipl'],
    ['民法典', 'civil-code'],
    ['pipl', 'pipl'],
    ['刑法', 'criminal-law'],
  ];
  it.each([
    ['253-1', '253-1'],
    ['253条之一', '253-1'],
    ['第二百五十三条之一', '253-1'],
    ['Art. 253-1', '253-1'],
    ['Article 66 PIPL', '66'],
    ['个保法66条', '66'],
    ['民法典1038', '1038'],
    ['第一千零三十八条', '1038'],
  ])('%s names article %s', (q, article) => expect(parseQuery(q, aliases).articles).toContain(article));
  it('reads instrument aliases and leaves the rest as the phrase', () => {
    const q = parseQuery('个保法 委托处理', aliases);
    expect(q.instruments).toEqual(['pipl']);
    expect(q.phrase).toBe('委托处理');
  });
});

describe('ranking the labelled query set', () => {
  for (const locale of ['zh', 'en'] as const) {
    const floor = { zh: 0.98, en: 1 }[locale];
    it(`${locale}: at least 40 queries, recall@5 ≥ ${floor}, and every expected first hit is first`, () => {
      expect(queries[locale].length).toBeGreaterThanOrEqual(40);
      const { recall, misses } = evaluate(
        engines[locale],
        indexes[locale].docs.map((d) => d.ref),
        queries[locale],
      );
      expect(recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(floor);
      const firstMisses = misses.filter((m) => queries[locale].find((x) => x.q === m.q)?.first);
      expect(firstMisses).toEqual([]);
    });
  }
  it('ranks the provisions of compound legal terms first, and an article by its own heading', () => {
    expect(refs('zh', '侵犯公民个人信息罪')[0]).toBe('criminal-law/253-1');
    expect(refs('en', "infringing on citizens' personal information")[0]).toBe('criminal-law/253-1');
    // Other penalty articles use the phrase too (银行业监督管理法 Art. 46): both must stay in the top five.
    expect(refs('zh', '情节特别严重', {}, 5)).toEqual(
      expect.arrayContaining(['criminal-law/253-1', 'personal-info-crimes-interpretation/5']),
    );
  });
  it('finds a renumbered article by its former number', () => {
    const [top] = search(engines.zh, '网络安全法第六十四条');
    expect(indexes.zh.docs[top.id].ref).toBe('cybersecurity-law/71');
    expect(indexes.zh.docs[top.id].former).toContain('64');
  });
  it('applies filters', () => {
    const civil = search(engines.zh, '个人信息', { liability: 'civil' });
    expect(civil.length).toBeGreaterThan(0);
    expect(civil.every((hit) => indexes.zh.docs[hit.id].liability.includes('civil'))).toBe(true);
    expect(refs('zh', '违约责任', { status: 'repealed', kind: 'provision' })).toEqual(['contract-law/107']);
    expect(refs('zh', '个人信息', { instrument: 'pipl' }).every((ref) => ref.startsWith('pipl/') || ref === 'pipl')).toBe(true);
  });
  it('highlights the matched words in the snippet, cut from the page text fetched for it', () => {
    const [top] = snippets('zh', '出售或者提供');
    expect(
      top
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(''),
    ).toContain('出售或者提供');
  });
});

describe('across languages', () => {
  it('an English query on the Chinese site finds provisions through their translation, labelled', () => {
    const [top] = searchAcross(engines.zh, engines.en, 'entrusted processing');
    expect(indexes.zh.docs[top.id].ref).toBe('pipl/21');
    expect(indexes.zh.docs[top.id].url).toBe('/zh/provisions/pipl/21/');
    expect(top.viaTranslation).toBe(true);
  });
  it('a Chinese query on the English site finds provisions through the official text', () => {
    const [top] = searchAcross(engines.en, engines.zh, '侵犯公民个人信息罪');
    expect(indexes.en.docs[top.id].ref).toBe('criminal-law/253-1');
    expect(indexes.en.docs[top.id].url).toBe('/en/provisions/criminal-law/253-1/');
    expect(top.viaTranslation).toBe(true);
  });
});

describe('hostile input returns results or none, never an error', () => {
  const inputs = [
    '',
    ' ',
    'a'.repeat(10_000),
    '出'.repeat(5_000),
    '😀😀😀',
    '(((',
    '[a-z]+*?',
    '\\',
    '$&$1',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007\u001b[31m',
    '%00%ff',
    'NaN',
    '-1',
    '999999999999',
    '第零条',
    '条之',
    'Art.',
    '🙂 个保法 66 😀',
    'ｆｕｌｌｗｉｄｔｈ　６６',
    '\u202e\u200b',
    'null',
    '__proto__',
    'constructor',
  ];
  it.each(inputs.map((i) => [i.slice(0, 30), i]))('%s', (_label, input) => {
    for (const engine of [engines.zh, engines.en]) {
      const results = search(engine, input);
      expect(Array.isArray(results)).toBe(true);
      expect(missingShards(engine, input)).toEqual([]);
    }
    for (const snippet of [...snippets('zh', input), ...snippets('en', input)])
      expect(snippet.map((s) => s.text).join('')).not.toContain('<script>');
  });
});

describe('the sharded index', () => {
  it('the browser takes only parts of the expected shape', () => {
    const part = { shard: indexes.zh.shards[0], doc: indexes.zh.docs[0], text: indexes.zh.texts[0] };
    expect([isShardFile(part.shard), isDocMeta(part.doc), isSearchText(part.text), isSearchHead(indexes.zh.head)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([
      isShardFile({ 泄露: [1, 2] }),
      isShardFile([]),
      isDocMeta({ ref: 'x' }),
      isSearchText({ text: 1, prose: '' }),
      isSearchHead({ docs: [] }),
    ]).toEqual([false, false, false, false, false]);
  });
  it('keeps ids through their base-36 gaps', () => {
    expect(encodeIds([0, 3, 5, 40, 1295])).toBe('0,3,2,z,yv');
    expect(decodeIds(encodeIds([0, 3, 5, 40, 1295]))).toEqual([0, 3, 5, 40, 1295]);
    expect(decodeIds('')).toEqual([]);
  });
  it("puts every Latin word a stem begins in the stem's shard, and each Han key in its own", () => {
    expect(shardOf('process', 97)).toBe(shardOf('processing', 97));
    expect(shardOf('prosecute', 97)).toBe(shardOf('pr', 97));
    expect(new Set(['泄露', '出售', '信息', '个人'].map((t) => shardOf(t, 97))).size).toBeGreaterThan(1);
  });
  for (const locale of ['zh', 'en'] as const) {
    it(`${locale}: a query with only the shards it asks for ranks exactly as with all of them`, () => {
      const { head, shards } = indexes[locale];
      expect(head.shardCount).toBe(shards.length);
      expect(head.columns.kind.length).toBe(indexes[locale].docs.length);
      expect(head.shardCount).toBeGreaterThan(4);
      let fetchedMost = 0;
      for (const { q } of queries[locale]) {
        const partial = createEngine(head);
        // Typed one character at a time, each keystroke fetching what it lacks.
        for (let i = 1; i <= [...q].length; i++) {
          const typed = [...q].slice(0, i).join('');
          for (const n of missingShards(partial, typed)) addShard(partial, n, shards[n]);
          expect(search(partial, typed), typed).toEqual(search(engines[locale], typed));
        }
        fetchedMost = Math.max(fetchedMost, partial.shards.size);
      }
      // The point of shards: no labelled query needs most of them.
      expect(fetchedMost).toBeLessThan(head.shardCount / 2);
    });
  }
  it('finds a one-character query through the character itself, and a typed stem in longer words', () => {
    expect(refs('zh', '窃')).toContain('criminal-law/253-1');
    expect(refs('en', 'dismis').length).toBeGreaterThan(0);
    expect(refs('en', 'dismis')).toEqual(refs('en', 'dismissal'));
  });
});
