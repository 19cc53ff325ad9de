// The search engine over the real corpus: tokenizer, query forms, ranking of the labelled
// query set, cross-language matches and hostile input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/content/build.server';
import { buildIndexFile, loadEngine, search, searchAcross, type Engine } from '../lib/search/engine';
import { aliasTable, searchDocs } from '../lib/search/documents.server';
import { evaluate, labelledQueries } from '../lib/search/evaluate';
import { isIndexFile } from '../lib/search/types';
import { parseQuery } from '../lib/search/query';
import { bigrams, stem, tokenize } from '../lib/search/tokenize';

const queries = labelledQueries.parse(JSON.parse(readFileSync(path.join(__dirname, 'search', 'queries.json'), 'utf8')));
let engines: Record<'zh' | 'en', Engine>;

beforeAll(async () => {
  const corpus = await buildCorpus(path.join(__dirname, '..', 'content'));
  const aliases = aliasTable(corpus);
  const engineFor = (locale: 'zh' | 'en') => {
    // Through the serialized form, as the browser gets it.
    const file: unknown = JSON.parse(JSON.stringify(buildIndexFile(locale, searchDocs(corpus, locale), aliases)));
    if (!isIndexFile(file)) throw new Error('index file lost its shape in JSON');
    return loadEngine(file);
  };
  engines = { zh: engineFor('zh'), en: engineFor('en') };
}, 120_000);

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
    it(`${locale}: at least 40 queries, recall@5 ≥ 0.95, and every expected first hit is first`, () => {
      expect(queries[locale].length).toBeGreaterThanOrEqual(40);
      const { recall, misses } = evaluate(engines[locale], queries[locale]);
      expect(recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.95);
      const firstMisses = misses.filter((m) => queries[locale].find((x) => x.q === m.q)?.first);
      expect(firstMisses).toEqual([]);
    });
  }
  it('ranks the provisions of compound legal terms first', () => {
    expect(search(engines.zh, '侵犯公民个人信息罪')[0].doc.ref).toBe('criminal-law/253-1');
    // Other penalty articles use the phrase too (银行业监督管理法 Art. 46): both must stay in the top five.
    const top5 = search(engines.zh, '情节特别严重')
      .slice(0, 5)
      .map((r) => r.doc.ref);
    expect(top5).toEqual(expect.arrayContaining(['criminal-law/253-1', 'personal-info-crimes-interpretation/5']));
  });
  it('finds a renumbered article by its former number', () => {
    const [top] = search(engines.zh, '网络安全法第六十四条');
    expect(top.doc.ref).toBe('cybersecurity-law/71');
    expect(top.doc.former).toContain('64');
  });
  it('applies filters', () => {
    const civil = search(engines.zh, '个人信息', { liability: 'civil' });
    expect(civil.length).toBeGreaterThan(0);
    expect(civil.every((r) => r.doc.liability.includes('civil'))).toBe(true);
    expect(search(engines.zh, '违约责任', { status: 'repealed', kind: 'provision' }).map((r) => r.doc.ref)).toEqual(['contract-law/107']);
  });
  it('highlights the matched words in the snippet', () => {
    const [top] = search(engines.zh, '出售或者提供');
    expect(
      top.snippet
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(''),
    ).toContain('出售或者提供');
  });
});

describe('across languages', () => {
  it('an English query on the Chinese site finds provisions through their translation, labelled', () => {
    const results = searchAcross(engines.zh, engines.en, 'entrusted processing');
    expect(results[0].doc.ref).toBe('pipl/21');
    expect(results[0].doc.url).toBe('/zh/provisions/pipl/21/');
    expect(results[0].viaTranslation).toBe(true);
  });
  it('a Chinese query on the English site finds provisions through the official text', () => {
    const results = searchAcross(engines.en, engines.zh, '侵犯公民个人信息罪');
    expect(results[0].doc.ref).toBe('criminal-law/253-1');
    expect(results[0].doc.url).toBe('/en/provisions/criminal-law/253-1/');
    expect(results[0].viaTranslation).toBe(true);
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
      for (const r of results) expect(r.snippet.map((s) => s.text).join('')).not.toContain('<script>');
    }
  });
});
