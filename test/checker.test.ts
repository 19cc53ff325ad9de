// The consequence checker's rules at every boundary, with the numbers taken from the corpus.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/content/build.server';
import type { Corpus } from '../lib/content/corpus';
import type { CheckerFacts } from '../lib/checker/facts';
import { checkerFacts } from '../lib/checker/facts.server';
import { acts, actors, emptyInput, parseCheckInput, toQueryString, type CheckInput } from '../lib/checker/input';
import { message } from '../lib/checker/messages';
import { assess, creditCardOffence, personalInformationOffence } from '../lib/checker/rules';

let corpus: Corpus;
let facts: CheckerFacts;
beforeAll(async () => {
  corpus = await buildCorpus(path.join(__dirname, '..', 'content'));
  facts = checkerFacts(corpus);
}, 120_000);

const input = (over: Partial<CheckInput>): CheckInput => ({ ...emptyInput, actor: 'bank-staff', act: 'sell', ...over });
const severity253 = (over: Partial<CheckInput>) => personalInformationOffence(input(over), facts).severity;

describe('the numbers come from the corpus', () => {
  it('reads the interpretation’s thresholds and the ten-times rule', () => {
    expect(facts.info.serious['records-n1']).toEqual({ value: 50, cite: 'personal-info-crimes-interpretation/5#p1-i3' });
    expect(facts.info.serious['records-n3'].value).toBe(5000);
    expect(facts.info.duty['records-n1']).toEqual({ value: 25, cite: 'personal-info-crimes-interpretation/5#p1-i8' });
    expect(facts.info.especially.multiplier).toBe(10);
    expect(facts.cards.aggravated.value).toBe(5);
  });
});

describe('infringing citizens’ personal information (刑法第二百五十三条之一)', () => {
  it.each<[string, Partial<CheckInput>, string]>([
    ['49 first-tier records', { n1: 49 }, 'none'],
    ['50 first-tier records', { n1: 50 }, 'basic'],
    ['24 first-tier records obtained in duties and sold', { n1: 24, duty: true }, 'none'],
    ['25 first-tier records obtained in duties and sold', { n1: 25, duty: true }, 'basic'],
    ['25 first-tier records obtained in duties and provided', { n1: 25, duty: true, act: 'provide' }, 'basic'],
    ['25 first-tier records obtained in duties, only obtained', { n1: 25, duty: true, act: 'obtain' }, 'none'],
    ['499 second-tier records', { n2: 499 }, 'none'],
    ['500 second-tier records', { n2: 500 }, 'basic'],
    ['4,999 other records', { n3: 4999 }, 'none'],
    ['5,000 other records', { n3: 5000 }, 'basic'],
    ['¥4,999 of gains', { gains: 4999 }, 'none'],
    ['¥5,000 of gains', { gains: 5000 }, 'basic'],
    ['¥2,499 of gains in duties', { gains: 2499, duty: true }, 'none'],
    ['¥2,500 of gains in duties', { gains: 2500, duty: true }, 'basic'],
    ['mixed tiers summing just under one (25/50 + 249/500)', { n1: 25, n2: 249 }, 'none'],
    ['mixed tiers summing to one (25/50 + 250/500)', { n1: 25, n2: 250 }, 'basic'],
    ['mixed tiers summing just over one (30/50 + 2,000/5,000)', { n1: 30, n3: 2000 }, 'basic'],
    ['499 first-tier records', { n1: 499 }, 'basic'],
    ['500 first-tier records: ten times', { n1: 500 }, 'aggravated'],
    ['49,999 other records', { n3: 49999 }, 'basic'],
    ['50,000 other records', { n3: 50000 }, 'aggravated'],
    ['¥49,999 of gains', { gains: 49999 }, 'basic'],
    ['¥50,000 of gains', { gains: 50000 }, 'aggravated'],
    ['249 first-tier records in duties', { n1: 249, duty: true }, 'basic'],
    ['250 first-tier records in duties: ten times the halved threshold', { n1: 250, duty: true }, 'aggravated'],
    ['mixed tiers reaching ten times together (250/50 + 2,500/500)', { n1: 250, n2: 2500 }, 'aggravated'],
    ['mixed tiers just under ten times together (249/50 + 2,500/500)', { n1: 249, n2: 2500 }, 'basic'],
    ['one record, punished before', { n1: 1, prior: true }, 'basic'],
    ['one record, not punished before', { n1: 1 }, 'none'],
    ['nothing, punished before', { prior: true }, 'none'],
    ['querying 50 credit reports', { n1: 50, act: 'query-credit' }, 'basic'],
    ['a negligent leak of 100,000 records', { n3: 100000, act: 'negligent-leak' }, 'none'],
  ])('%s → %s', (_name, over, expected) => expect(severity253(over)).toBe(expected));

  it('explains what else could still make it criminal when the thresholds are not reached', () => {
    const o = personalInformationOffence(input({ n1: 10 }), facts);
    expect(o.findings.map((f) => f.key)).toEqual(expect.arrayContaining(['belowThreshold', 'stillCriminalIf']));
    expect(o.penalties).toEqual([]);
  });
  it('gives the sentencing range and insider aggravation from the provision’s penalties', () => {
    const basic = personalInformationOffence(input({ n1: 25, duty: true }), facts);
    expect(basic.penalties.some((p) => p.penalty.kind === 'imprisonment' && p.penalty.max === 36)).toBe(true);
    expect(basic.findings.map((f) => f.key)).toContain('heavierForInsiders');
    const aggravated = personalInformationOffence(input({ n1: 500 }), facts);
    expect(aggravated.penalties.some((p) => p.penalty.kind === 'imprisonment' && p.penalty.min === 36 && p.penalty.max === 84)).toBe(true);
  });
  it('treats an organisation as committing a unit crime', () => {
    const o = personalInformationOffence(input({ actor: 'firm', n3: 6000 }), facts);
    expect(o.findings.map((f) => f.key)).toContain('unitCrime');
    expect(o.penalties.every((p) => ['organisation', 'manager'].includes(p.penalty.on))).toBe(true);
  });
});

describe('credit-card information (刑法第一百七十七条之一)', () => {
  it.each([
    [0, undefined],
    [1, 'basic'],
    [4, 'basic'],
    [5, 'aggravated'],
  ] as const)('%i cards → %s', (cards, expected) => expect(creditCardOffence(input({ cards }), facts)?.severity).toBe(expected));
  it('is heavier for bank staff', () => {
    expect(creditCardOffence(input({ cards: 1 }), facts)?.findings.map((f) => f.key)).toContain('heavierForBankStaff');
    expect(creditCardOffence(input({ cards: 1, actor: 'other' }), facts)?.findings.map((f) => f.key)).not.toContain('heavierForBankStaff');
  });
});

describe('the whole outcome', () => {
  it('waits for actor and act', () => {
    expect(assess({ ...emptyInput, n1: 100 }, facts).complete).toBe(false);
  });
  it('names employment consequences for staff and none for outsiders', () => {
    expect(assess(input({ n1: 60 }), facts).employment.map((f) => f.key)).toEqual(
      expect.arrayContaining(['dismissalSeriousBreach', 'dismissalCriminal']),
    );
    expect(assess(input({ actor: 'outsourced-staff' }), facts).employment.map((f) => f.key)).toContain('employerIsOutsourcer');
    expect(assess(input({ actor: 'other' }), facts).employment.map((f) => f.key)).toEqual(['notEmployed']);
  });
  it('shows credit-query fines when credit reports were queried', () => {
    const admin = assess(input({ act: 'query-credit' }), facts).administrative;
    const credit = admin.find((f) => f.key === 'creditQueries');
    expect(credit?.penalties?.some((p) => p.penalty.max === 30000)).toBe(true);
  });
  it('cites only paragraphs and items that exist, with a message in both languages, for every actor and act', () => {
    const anchors = new Set(
      corpus.provisions.flatMap((p) => [
        p.id,
        ...p.doc.zh.paragraphs.flatMap((x) => [`${p.id}#${x.id}`, ...x.items.map((i) => `${p.id}#${i.id}`)]),
      ]),
    );
    for (const actor of actors)
      for (const act of acts)
        for (const over of [
          { n1: 10 },
          { n1: 60, duty: true, cards: 6, gains: 80000, prior: true },
          { n3: 100, gains: 50000, business: true, dispatched: true },
        ]) {
          const o = assess({ ...emptyInput, actor, act, ...over }, facts);
          const findings = [
            ...o.criminal.flatMap((c) => [...c.findings, ...c.penalties.map((p) => ({ key: 'recordsReach' as const, cite: [p.cite] }))]),
            ...o.civil,
            ...o.administrative,
            ...o.employment,
          ];
          for (const f of findings) {
            for (const c of f.cite) expect(anchors, `${actor}/${act}: ${f.key}`).toContain(c);
            for (const l of ['zh', 'en'] as const)
              expect(message(f.key, l, { category: 'n1', n: 1, limit: 1, gains: 1, cards: 1, percent: 1, n1: 1, n2: 1, n3: 1 })).not.toBe(
                '',
              );
          }
        }
  });
});

describe('the verdict, as an employee reads it', () => {
  const text = (id: string, locale: 'zh' | 'en') =>
    corpus.provisions.find((p) => p.id === id)!.doc[locale].paragraphs.find((p) => p.id === 'p1')!.text;
  const levels: [string, Partial<CheckInput>, 'none' | 'basic' | 'aggravated'][] = [
    ['below the threshold', { n1: 49 }, 'none'],
    ['at the threshold', { n1: 50 }, 'basic'],
    ['at ten times', { n1: 500 }, 'aggravated'],
  ];
  it.each(actors.flatMap((actor) => acts.flatMap((act) => levels.map(([name, over, level]) => [actor, act, name, over, level] as const))))(
    '%s / %s %s: one sentence quoting the statute’s punishment clause in both languages',
    (actor, act, _name, over, level) => {
      const o = assess(input({ actor, act, ...over }), facts).criminal[0];
      const expected = act === 'negligent-leak' ? 'none' : level;
      expect(o.severity).toBe(expected);
      if (expected === 'none') return expect(o.sentence).toBeUndefined();
      for (const locale of ['zh', 'en'] as const) {
        // The clause is a verbatim part of the provision's own text, alternatives and all.
        expect(text('criminal-law/253-1', locale)).toContain(o.sentence![locale]);
      }
      if (expected === 'basic') {
        expect(o.sentence!.zh).toBe('处三年以下有期徒刑或者拘役，并处或者单处罚金');
        expect(o.sentence!.en).toContain('or criminal detention, and shall also, or shall only, be fined');
      } else expect(o.sentence!.zh).toBe('处三年以上七年以下有期徒刑，并处罚金');
    },
  );
  it('says the punishment is heavier only for information obtained in one’s duties and passed on, citing paragraph 2', () => {
    expect(assess(input({ n1: 30, duty: true }), facts).criminal[0].heavier).toBe('criminal-law/253-1#p2');
    expect(assess(input({ n1: 60 }), facts).criminal[0].heavier).toBeUndefined();
  });
  it('quotes the credit-card offence’s clause, heavier for bank staff only', () => {
    const bank = assess(input({ cards: 1 }), facts).criminal[1];
    expect(bank.sentence?.zh).toBe('处三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金');
    expect(bank.heavier).toBe('criminal-law/177-1#p3');
    expect(assess(input({ actor: 'outsourced-staff', cards: 5 }), facts).criminal[1].heavier).toBeUndefined();
  });
  it('never mixes criminal and administrative sanctions, and puts the person’s own consequences first', () => {
    for (const actor of actors)
      for (const act of acts) {
        const out = assess(input({ actor, act, n1: 600, cards: 6 }), facts);
        const adminKinds = out.administrative.flatMap((f) => f.penalties ?? []).map((l) => l.penalty.kind);
        expect(adminKinds).not.toContain('criminal-fine');
        expect(adminKinds).not.toContain('imprisonment');
        for (const o of out.criminal) expect(o.penalties.map((l) => l.penalty.kind)).not.toContain('fine');
        const binds = out.administrative.map((f) => f.binds);
        const firstOrganisation = binds.indexOf('organisation');
        if (firstOrganisation >= 0) expect(binds.slice(firstOrganisation)).not.toContain('person');
      }
  });
  it('takes every penalty it shows from its provision’s frontmatter, unchanged', () => {
    for (const actor of actors)
      for (const act of acts) {
        const out = assess(input({ actor, act, n1: 600, gains: 60000, cards: 6 }), facts);
        const lines = [...out.criminal.flatMap((o) => o.penalties), ...out.administrative.flatMap((f) => f.penalties ?? [])];
        for (const { penalty, cite } of lines) {
          const own = corpus.provisions.find((p) => p.id === cite.split('#')[0])!.facts.penalties;
          expect(own).toContainEqual(penalty);
        }
      }
  });
  it('does not call the halved figures the ordinary standard, and quotes 知道或者应当知道', () => {
    const below = personalInformationOffence(input({ n1: 10, duty: true }), facts).findings.find((f) => f.key === 'belowThreshold')!;
    expect(below.values?.n1).toBe(25);
    expect(message('belowThreshold', 'zh', below.values)).not.toContain('一般标准');
    expect(message('stillCriminalIf', 'zh')).toContain('知道或者应当知道');
    expect(message('queryingIsObtaining', 'zh')).not.toContain('等于');
  });
});

describe('conditions from the independent review', () => {
  const keys = (fs: { key: string }[]) => fs.map((f) => f.key);
  it.each<[string, Partial<CheckInput>, string]>([
    ['lawful business, ¥49,999 profit, 100,000 ordinary records', { act: 'obtain', business: true, gains: 49999, n3: 100000 }, 'none'],
    ['lawful business, ¥50,000 profit', { act: 'obtain', business: true, gains: 50000 }, 'basic'],
    ['lawful business, a prior punishment, no profit', { act: 'obtain', business: true, prior: true }, 'basic'],
    ['lawful business but credit-tier records: the ordinary thresholds', { act: 'obtain', business: true, n1: 50 }, 'basic'],
    ['lawful business but 49 credit-tier records', { act: 'obtain', business: true, n1: 49 }, 'none'],
    ['the business rule does not cover selling on', { act: 'sell', business: true, n3: 5000 }, 'basic'],
  ])('法释〔2017〕10号 Art. 6: %s → %s', (_name, over, expected) => expect(severity253(over)).toBe(expected));
  it('an organisation buying for its business that reaches the profit test is told it is a unit crime, as on the ordinary route', () => {
    const o = personalInformationOffence(input({ actor: 'firm', act: 'obtain', business: true, gains: 50000 }), facts);
    expect(o.findings.map((f) => f.key)).toEqual(expect.arrayContaining(['businessProfitReaches', 'unitCrime', 'fineMultiple']));
    expect(o.sentence).toEqual(facts.sentences['criminal-law/253-1'].basic);
  });
  it('says the business test is the profit, in both languages, citing Art. 6', () => {
    const f = personalInformationOffence(input({ act: 'obtain', business: true, gains: 100 }), facts).findings;
    expect(keys(f)).toEqual(expect.arrayContaining(['businessRule', 'businessBelow']));
    expect(f.find((x) => x.key === 'businessRule')?.cite).toContain('personal-info-crimes-interpretation/6#p1');
    expect(message('businessRule', 'zh', { limit: 50000 })).toContain('50,000 元');
    expect(message('businessRule', 'en', { limit: 50000 })).toContain('¥50,000');
  });
  it.each<[string, Partial<CheckInput>, string | undefined]>([
    ['4,999 ordinary records sold: detention', { n3: 4999 }, 'public-security-administration-punishments-law/56#p1'],
    ['5,000 ordinary records sold: a crime, not detention', { n3: 5000 }, undefined],
    [
      '24 credit records obtained in duties and sold: detention',
      { n1: 24, duty: true },
      'public-security-administration-punishments-law/56#p1',
    ],
    ['25 credit records obtained in duties and sold: a crime', { n1: 25, duty: true }, undefined],
    [
      '49 credit records bought: detention under paragraph 2',
      { act: 'obtain', n1: 49 },
      'public-security-administration-punishments-law/56#p2',
    ],
  ])('治安管理处罚法 Art. 56: %s', (_name, over, cite) => {
    const admin = assess(input(over), facts).administrative;
    const detention = admin.find((f) => f.key === 'detentionBelowCrime');
    if (cite) {
      expect(detention?.binds).toBe('person');
      expect(detention?.penalties?.map((l) => [l.cite, l.penalty.min ?? 0, l.penalty.max, l.penalty.when ?? ''])).toEqual([
        [cite, 10, 15, ''],
        [cite, 0, 5, 'minor'],
      ]);
      expect(admin[0].key).toBe('detentionBelowCrime'); // the person's own consequence first
    } else {
      expect(detention).toBeUndefined();
      expect(keys(admin)).toContain('crimeNotDetention');
    }
  });
  it('gives no detention for an organisation or a negligent leak', () => {
    expect(keys(assess(input({ actor: 'firm', n3: 10 }), facts).administrative)).not.toContain('detentionBelowCrime');
    expect(keys(assess(input({ act: 'negligent-leak' }), facts).administrative)).not.toContain('detentionBelowCrime');
  });
  it('labour dispatch: the host bank answers in tort, and can return the worker', () => {
    const o = assess(input({ actor: 'outsourced-staff', dispatched: true }), facts);
    expect(o.civil.find((f) => f.key === 'hostAnswersForDispatched')?.cite).toEqual(['civil-code/1191#p2']);
    expect(keys(o.civil)).not.toContain('employerAnswers');
    expect(keys(o.employment)).toContain('dispatchedReturned');
    expect(keys(o.employment)).not.toContain('employerIsOutsourcer');
    expect(keys(assess(input({}), facts).civil)).toContain('employerAnswers');
  });
  it('dismissal needs lawful rules made known and notice to the union', () => {
    const e = assess(input({}), facts).employment;
    expect(keys(e)).toContain('dismissalUnionNotice');
    expect(e.find((f) => f.key === 'dismissalUnionNotice')?.cite).toEqual(['labor-contract-law/43#p1']);
    expect(message('dismissalSeriousBreach', 'zh')).toContain('依法制定');
    expect(message('dismissalSeriousBreach', 'en')).toContain('made known');
  });
  it('PIPL 66(1): the fines on persons are shown with their 拒不改正 condition', () => {
    const persons = assess(input({}), facts).administrative.find((f) => f.key === 'piplPersons')!;
    expect(persons.penalties?.some((l) => l.penalty.when === 'refused-correction' && l.penalty.max === 100000)).toBe(true);
    expect(message('piplPersons', 'zh')).toContain('拒不改正');
  });
  it('Art. 177-1 has no unit crime: an organisation is told so', () => {
    const cards = creditCardOffence(input({ actor: 'firm', cards: 3 }), facts)!;
    expect(keys(cards.findings)).toContain('cardsNoUnitCrime');
    expect(keys(creditCardOffence(input({ cards: 3 }), facts)!.findings)).not.toContain('cardsNoUnitCrime');
  });
  it('names the new regulators’ rules for banks and outsourcers', () => {
    expect(keys(assess(input({}), facts).administrative)).toContain('pbocConsumerInformation');
    const outsourced = assess(input({ actor: 'outsourced-staff' }), facts).administrative;
    expect(outsourced.find((f) => f.key === 'entrustedProcessing')?.penalties?.some((l) => l.penalty.max === 1000000)).toBe(true);
    expect(assess(input({ act: 'query-credit' }), facts).administrative.find((f) => f.key === 'creditQueries')?.cite).toContain(
      'credit-reporting-business-measures/23#p1',
    );
  });
});

describe('the query string', () => {
  it('round-trips an input', () => {
    const i = input({ duty: true, n1: 30, gains: 1200, cards: 2, prior: true, business: true, dispatched: true, act: 'provide' });
    expect(parseCheckInput(new URLSearchParams(toQueryString(i)))).toEqual(i);
  });
  it('turns garbage into "not given" rather than an error', () => {
    const parsed = parseCheckInput(
      new URLSearchParams('actor=<script>&act=sell;drop&n1=-5&n2=1e9&n3=abc&gains=99999999999999999&cards=%00&duty=yes&prior=1'),
    );
    expect(parsed).toEqual({ ...emptyInput, prior: true });
  });
});
