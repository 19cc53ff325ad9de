// Citations, cross-references and the point-in-time filter.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeProvision } from '../lib/provisions/citation';
import { buildCorpus } from '../lib/content/build.server';
import type { Corpus } from '../lib/content/corpus';
import { inForceOn, parseDate, type TimelineEntry } from '../lib/provisions/point-in-time';
import { dataStamp, provisionData, provisionsExport } from '../lib/provisions/data-export';
import { versionOn, versionsOf } from '../lib/provisions/versions';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus(path.join(__dirname, '..', 'content'));
}, 120_000);
const instrument = (slug: string) => corpus.instruments.find((i) => i.slug === slug)!;
const provision = (id: string) => corpus.provisions.find((p) => p.id === id)!;

describe('citations', () => {
  it.each([
    ['pipl', '66', undefined, 'zh', '《中华人民共和国个人信息保护法》第六十六条'],
    ['pipl', '66', 'p2', 'zh', '《中华人民共和国个人信息保护法》第六十六条第二款'],
    ['criminal-law', '253-1', 'p1', 'zh', '《中华人民共和国刑法》第二百五十三条之一第一款'],
    [
      'personal-info-crimes-interpretation',
      '5',
      'p1-i8',
      'zh',
      '《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》第五条第一款第八项',
    ],
    ['civil-code', '1038', 'p2', 'zh', '《中华人民共和国民法典》第一千零三十八条第二款'],
    ['pipl', '66', undefined, 'en', 'Personal Information Protection Law of the PRC, Art. 66'],
    ['pipl', '66', 'p2', 'en', 'Personal Information Protection Law of the PRC, Art. 66(2)'],
    ['criminal-law', '253-1', 'p1', 'en', 'Criminal Law of the PRC, Art. 253-1(1)'],
    ['labor-contract-law', '39', 'p1-i6', 'en', 'Labour Contract Law of the PRC, Art. 39(1)(6)'],
  ] as const)('%s %s %s (%s)', (slug, article, anchor, locale, expected) =>
    expect(citeProvision(instrument(slug), article, locale, anchor)).toBe(expected),
  );
});

describe('cross-references in the official text', () => {
  it('links references to other provisions and to paragraphs of the same article', () => {
    expect(provision('personal-info-crimes-interpretation/4').doc.zh.refs).toContain('criminal-law/253-1#p3');
    expect(provision('personal-info-crimes-interpretation/6').doc.zh.refs).toContain('personal-info-crimes-interpretation/5#p1-i3');
    expect(provision('criminal-law/253-1').doc.zh.refs).toEqual(expect.arrayContaining(['criminal-law/253-1#p1']));
  });
  it('reads "第四十条第一款和第二款" as two paragraphs of Article 40, not of the citing article', () => {
    // Article 40 of that regulation is not in the corpus, so neither paragraph is linked.
    expect(
      provision('network-data-security-regulation/55').doc.zh.refs.filter((r) => r.startsWith('network-data-security-regulation/55')),
    ).toEqual([]);
  });
  it('records what each provision cites, for "cited by" both ways', () => {
    expect(provision('credit-card-crimes-interpretation/3').doc.zh.cites).toEqual(['criminal-law/177-1']);
    const citedBy = corpus.provisions.filter((p) => p.doc.zh.cites.includes('criminal-law/253-1')).map((p) => p.id);
    expect(citedBy).toEqual(expect.arrayContaining(['personal-info-crimes-interpretation/1', 'personal-info-crimes-interpretation/5']));
  });
});

describe('versions and the point in time', () => {
  it('keeps every text of an amended article with its period', () => {
    const versions = versionsOf(provision('criminal-law/253-1'));
    expect(versions.map((v) => [v.effective, v.until ?? null])).toEqual([
      ['2009-02-28', '2015-10-31'],
      ['2015-11-01', null],
    ]);
    expect(versionOn(versions, '2015-10-31')?.effective).toBe('2009-02-28');
    expect(versionOn(versions, '2015-11-01')?.effective).toBe('2015-11-01');
    expect(versionOn(versions, '2009-02-27')).toBeUndefined();
  });
  const entries = (): TimelineEntry[] =>
    corpus.provisions.flatMap((p) =>
      versionsOf(p).map((v) => ({ id: p.id, title: p.id, heading: '', effective: v.effective, until: v.until, status: v.status, url: '' })),
    );
  it.each([
    ['2009-02-27', 'criminal-law/253-1', []],
    ['2009-02-28', 'criminal-law/253-1', ['2009-02-28']],
    ['2015-10-31', 'criminal-law/253-1', ['2009-02-28']],
    ['2015-11-01', 'criminal-law/253-1', ['2015-11-01']],
    ['2020-12-31', 'contract-law/107', ['1999-10-01']],
    ['2021-01-01', 'contract-law/107', []],
    ['2020-12-31', 'civil-code/577', []],
    ['2021-01-01', 'civil-code/577', ['2021-01-01']],
    ['2025-12-31', 'cybersecurity-law/71', ['2017-06-01']],
    ['2026-01-01', 'cybersecurity-law/71', ['2026-01-01']],
  ])('on %s, %s is in force as %j', (date, id, effective) => {
    expect(
      inForceOn(entries(), date)
        .filter((e) => e.id === id)
        .map((e) => e.effective),
    ).toEqual(effective);
  });
  it('accepts only real dates', () => {
    expect(parseDate('2021-01-01')).toBe('2021-01-01');
    for (const bad of ['2021-02-30', '2021-1-1', 'yesterday', '', null, '2021-01-01T00:00']) expect(parseDate(bad)).toBeUndefined();
  });
});

describe('data export', () => {
  it('every provision matches the published JSON Schema’s zod source', () => {
    const data = corpus.provisions.map((p) => provisionData(p, instrument(p.instrument)));
    const envelope = dataStamp(corpus.builtAt);
    expect(provisionsExport.safeParse({ ...envelope, count: data.length, provisions: data }).success).toBe(true);
    expect(provisionsExport.safeParse({ ...envelope, schemaVersion: '0.9.0', count: data.length, provisions: data }).success).toBe(false);
    expect(data.find((d) => d.id === 'criminal-law/253-1')?.earlierVersions[0].effective).toBe('2009-02-28');
  });
});

describe('cases', () => {
  it('at least 20 cases, at least 10 resting on an official page or document, every outcome type covered', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(20);
    expect(corpus.cases.filter((c) => c.facts.sourceKind !== 'news-report').length).toBeGreaterThanOrEqual(10);
    const outcomes = new Set(corpus.cases.map((c) => c.facts.outcome));
    for (const o of ['criminal-conviction', 'administrative-penalty', 'civil-judgment'] as const) expect(outcomes).toContain(o);
  });
  it('an official page is on an official domain', () => {
    for (const c of corpus.cases.filter((x) => x.facts.sourceKind === 'official-page'))
      expect(new URL(c.facts.sourceUrl).hostname, c.slug).toMatch(/(?:^|\.)(?:gov\.cn|court\.gov\.cn|chinacourt\.org)$/);
  });
});

describe('instruments', () => {
  it('every instrument records when its status was last checked, no later than the build', () => {
    for (const i of corpus.instruments) expect(i.facts.statusChecked <= corpus.builtAt.slice(0, 10), i.slug).toBe(true);
  });
});
