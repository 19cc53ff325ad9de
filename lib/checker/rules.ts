// The consequence checker's rules: pure and typed, no React. Takes what was done and the
// corpus's numbers, returns each liability's findings with the paragraph or item behind each.
import type { Penalty } from '../content/schema';
import type { CheckerFacts, InfoMeasure, OffenceId, Sentence } from './facts';
import type { CheckInput } from './input';
import type { MessageKey } from './messages.zh';

export type Severity = 'none' | 'basic' | 'aggravated';
/** Whom a finding binds: the person who acted, or the organisation (bank, outsourcer). */
export type Bound = 'person' | 'organisation';

export interface PenaltyLine {
  penalty: Penalty;
  cite: string;
}
/** One statement of the outcome: a message, its values, the provisions that decide it, and any penalties. */
export interface Finding {
  key: MessageKey;
  values?: Record<string, number | string>;
  cite: string[];
  penalties?: PenaltyLine[];
  binds?: Bound;
}

interface OffenceOutcome {
  offence: OffenceId;
  severity: Severity;
  /** The statute's punishment clause for the level reached; absent below the threshold. */
  sentence?: Sentence;
  /** The punishment is heavier (从重) by the statute's own paragraph, cited. */
  heavier?: string;
  findings: Finding[];
  penalties: PenaltyLine[];
}

export interface Outcome {
  /** False until actor and act are chosen: the page then explains what to fill in. */
  complete: boolean;
  actor?: CheckInput['actor'];
  criminal: OffenceOutcome[];
  civil: Finding[];
  administrative: Finding[];
  employment: Finding[];
}

const INTERP = 'personal-info-crimes-interpretation';
const staff = (i: CheckInput) => i.actor === 'bank-staff' || i.actor === 'outsourced-staff';
const deliberate = (i: CheckInput) => i.act !== undefined && i.act !== 'negligent-leak';
const passesOn = (i: CheckInput) => i.act === 'sell' || i.act === 'provide';
/** Obtaining rather than passing on (刑法 253-1(3); 治安管理处罚法 Art. 56(2), where passing on is 56(1)). */
const obtains = (i: CheckInput) => i.act === 'obtain' || i.act === 'query-credit';

/** Penalties of `id` for `on`, at the given level; each cites its own anchor. */
function penaltiesOf(facts: CheckerFacts, id: string, on: Penalty['on'][], when: (Penalty['when'] | undefined)[]): PenaltyLine[] {
  return (facts.penalties[id] ?? [])
    .filter((p) => on.includes(p.on) && when.includes(p.when))
    .map((penalty) => ({ penalty, cite: `${id}${penalty.anchor ? `#${penalty.anchor}` : ''}` }));
}

const recordMeasures: [InfoMeasure, 'n1' | 'n2' | 'n3'][] = [
  ['records-n1', 'n1'],
  ['records-n2', 'n2'],
  ['records-n3', 'n3'],
];

/** 刑法第二百五十三条之一 read with 法释〔2017〕10号 Art. 5. */
export function personalInformationOffence(input: CheckInput, facts: CheckerFacts): OffenceOutcome {
  const findings: Finding[] = [];
  const offence: OffenceId = 'criminal-law/253-1';
  if (!deliberate(input)) {
    findings.push({ key: 'negligenceNotThisOffence', cite: ['criminal-law/253-1#p1', `${INTERP}/9#p1`, 'criminal-law/286-1#p1'] });
    return { offence, severity: 'none', findings, penalties: [] };
  }
  const halved = input.duty && passesOn(input);
  const limits = halved ? facts.info.duty : facts.info.serious;
  const { multiplier, cite: tenTimes } = facts.info.especially;
  if (obtains(input))
    findings.push({
      key: input.act === 'obtain' ? 'obtainingIsCovered' : 'queryingIsObtaining',
      cite: ['criminal-law/253-1#p3', `${INTERP}/4#p1`],
    });
  if (input.duty && !passesOn(input)) findings.push({ key: 'halfOnlyForSelling', cite: [facts.info.duty['records-n1'].cite] });
  const lawful = input.business && input.act === 'obtain' ? lawfulBusiness(input, facts) : undefined;
  if (input.business && input.act === 'obtain' && !lawful)
    findings.push({ key: 'businessNotForSensitive', cite: [`${INTERP}/6#p1`, `${INTERP}/5#p1-i3`, `${INTERP}/5#p1-i4`] });
  if (lawful) return convictionOutcome(input, facts, lawful.severity, [...findings, ...lawful.findings], false);

  let severity: Severity = 'none';
  const reach = (level: Severity) => {
    if (level === 'aggravated' || severity === 'none') severity = level;
  };
  for (const [measure, field] of recordMeasures) {
    const n = input[field];
    if (n <= 0) continue;
    const { value, cite } = limits[measure];
    if (n >= value * multiplier) {
      reach('aggravated');
      findings.push({ key: 'recordsTenTimes', values: { n, category: field, limit: value * multiplier }, cite: [cite, tenTimes] });
    } else if (n >= value) {
      reach('basic');
      findings.push({ key: 'recordsReach', values: { n, category: field, limit: value }, cite: [cite] });
    }
  }
  // Counts of different kinds that fall short alone are added in proportion (item 6); ten times
  // that sum is especially serious, like ten times any single threshold.
  const share = recordMeasures.reduce((sum, [m, f]) => sum + input[f] / limits[m].value, 0);
  const reachedAlone = recordMeasures.some(([m, f]) => input[f] >= limits[m].value);
  const aloneTenTimes = recordMeasures.some(([m, f]) => input[f] >= limits[m].value * multiplier);
  if (share >= multiplier && !aloneTenTimes) {
    reach('aggravated');
    findings.push({ key: 'proportionalSum', values: { percent: Math.floor(share * 100) }, cite: [`${INTERP}/5#p1-i6`, tenTimes] });
  } else if (share >= 1 && !reachedAlone) {
    reach('basic');
    findings.push({ key: 'proportionalSum', values: { percent: Math.floor(share * 100) }, cite: [`${INTERP}/5#p1-i6`] });
  }
  const gains = limits['gains-yuan'];
  if (input.gains >= gains.value * multiplier) {
    reach('aggravated');
    findings.push({ key: 'gainsTenTimes', values: { gains: input.gains, limit: gains.value * multiplier }, cite: [gains.cite, tenTimes] });
  } else if (input.gains >= gains.value) {
    reach('basic');
    findings.push({ key: 'gainsReach', values: { gains: input.gains, limit: gains.value }, cite: [gains.cite] });
  }
  const anything = input.n1 + input.n2 + input.n3 + input.gains > 0;
  if (input.prior && anything && severity === 'none') {
    reach('basic');
    findings.push({ key: 'priorPunishment', cite: [`${INTERP}/5#p1-i9`] });
  }
  if (halved && severity !== 'none')
    findings.push({ key: 'halvedForDuty', cite: [facts.info.duty['records-n1'].cite, 'criminal-law/253-1#p2'] });
  if (severity === 'none') {
    findings.push({
      key: 'belowThreshold',
      values: { n1: limits['records-n1'].value, n2: limits['records-n2'].value, n3: limits['records-n3'].value, gains: gains.value },
      cite: [`${INTERP}/5#p1`],
    });
    findings.push({ key: 'stillCriminalIf', cite: [`${INTERP}/5#p1-i1`, `${INTERP}/5#p1-i2`, `${INTERP}/5#p1-i10`] });
  }
  return convictionOutcome(input, facts, severity, findings, halved);
}

/** What follows from the level reached under Art. 253-1: the statute's clause, its penalties, and the notes that go with them. */
function convictionOutcome(
  input: CheckInput,
  facts: CheckerFacts,
  severity: Severity,
  findings: Finding[],
  halved: boolean,
): OffenceOutcome {
  const offence: OffenceId = 'criminal-law/253-1';
  if (severity === 'none') return { offence, severity, findings, penalties: [] };
  const on: Penalty['on'][] = input.actor === 'firm' ? ['organisation', 'manager'] : ['individual'];
  const penalties = penaltiesOf(facts, offence, on, severity === 'aggravated' ? ['especially-serious'] : ['serious', undefined]);
  if (halved) findings.push({ key: 'heavierForInsiders', cite: ['criminal-law/253-1#p2'] });
  const heavier = halved ? 'criminal-law/253-1#p2' : undefined;
  if (input.actor === 'firm')
    findings.push({ key: 'unitCrime', cite: ['criminal-law/253-1#p4', 'criminal-law/30#p1', 'criminal-law/31#p1', `${INTERP}/7#p1`] });
  findings.push({ key: 'fineMultiple', values: { gains: input.gains }, cite: [`${INTERP}/12#p1`] });
  return { offence, severity, sentence: facts.sentences[offence][severity], heavier, findings, penalties };
}

/**
 * 法释〔2017〕10号 Art. 6: ordinary information bought or received for a lawful business is
 * serious only by the profit made from it (or a prior punishment), not by the record count.
 * Undefined where Art. 6 does not apply: sensitive kinds of information (Art. 5(1) items 3–4).
 */
function lawfulBusiness(input: CheckInput, facts: CheckerFacts): { severity: Severity; findings: Finding[] } | undefined {
  const art6 = `${INTERP}/6`;
  if (input.n1 > 0 || input.n2 > 0) return undefined;
  const { value, cite } = facts.info.business;
  const findings: Finding[] = [{ key: 'businessRule', values: { limit: value }, cite: [`${art6}#p1`, `${art6}#p2`] }];
  let severity: Severity = 'none';
  if (input.gains >= value) {
    severity = 'basic';
    findings.push({ key: 'businessProfitReaches', values: { gains: input.gains, limit: value }, cite: [cite] });
  } else if (input.prior) {
    severity = 'basic';
    findings.push({ key: 'priorPunishment', cite: [`${art6}#p1-i2`] });
  } else findings.push({ key: 'businessBelow', values: { limit: value }, cite: [cite, `${art6}#p1-i3`] });
  return { severity, findings };
}

/** 刑法第一百七十七条之一第二款 read with the credit-card interpretation. */
export function creditCardOffence(input: CheckInput, facts: CheckerFacts): OffenceOutcome | undefined {
  if (input.cards <= 0) return undefined;
  const offence: OffenceId = 'criminal-law/177-1';
  const { basic, aggravated } = facts.cards;
  if (!deliberate(input))
    return { offence, severity: 'none', findings: [{ key: 'negligenceNotThisOffence', cite: ['criminal-law/177-1#p2'] }], penalties: [] };
  const severity: Severity = input.cards >= aggravated.value ? 'aggravated' : input.cards >= basic.value ? 'basic' : 'none';
  const findings: Finding[] = [
    severity === 'aggravated'
      ? { key: 'cardsHuge', values: { cards: input.cards, limit: aggravated.value }, cite: [aggravated.cite, 'criminal-law/177-1#p1'] }
      : { key: 'cardsOffence', values: { cards: input.cards, limit: aggravated.value }, cite: [basic.cite, 'criminal-law/177-1#p2'] },
  ];
  if (input.actor === 'bank-staff') findings.push({ key: 'heavierForBankStaff', cite: ['criminal-law/177-1#p3'] });
  if (input.actor === 'outsourced-staff') findings.push({ key: 'outsourcedNotBankStaff', cite: ['criminal-law/177-1#p3'] });
  // Art. 177-1 has no clause punishing an organisation: only the people who acted are liable.
  if (input.actor === 'firm') findings.push({ key: 'cardsNoUnitCrime', cite: ['criminal-law/30#p1', 'criminal-law/177-1#p2'] });
  const penalties = penaltiesOf(facts, offence, ['individual'], severity === 'aggravated' ? ['serious'] : ['any']);
  if (severity === 'none') return { offence, severity, findings, penalties: [] };
  const heavier = input.actor === 'bank-staff' ? 'criminal-law/177-1#p3' : undefined;
  return { offence, severity, sentence: facts.sentences[offence][severity], heavier, findings, penalties };
}

function civil(input: CheckInput): Finding[] {
  const out: Finding[] = [{ key: 'customerClaims', cite: ['pipl/69#p1', 'pipl/69#p2', 'civil-code/1183#p1'] }];
  if (staff(input) && input.dispatched) out.push({ key: 'hostAnswersForDispatched', cite: ['civil-code/1191#p2'] });
  else if (staff(input)) {
    out.push({ key: 'employerAnswers', cite: ['civil-code/1191#p1'] });
    if (input.actor === 'outsourced-staff') out.push({ key: 'bankSupervisesOutsourcer', cite: ['pipl/21#p1', 'pipl/21#p2'] });
  }
  if (input.actor === 'firm')
    out.push({ key: 'bankOwesCustomers', cite: ['civil-code/577#p1', 'civil-code/1038#p1', 'civil-code/1038#p2'] });
  if (input.actor === 'other') out.push({ key: 'anyoneInTort', cite: ['civil-code/1165#p1', 'civil-code/111#p1'] });
  out.push({ key: 'evidenceProblem', cite: ['pipl/69#p1'] });
  out.push({ key: 'publicInterest', cite: ['pipl/70#p1'] });
  return out;
}

const PSAPL = 'public-security-administration-punishments-law';

function administrative(input: CheckInput, facts: CheckerFacts, criminal: Severity): Finding[] {
  // Administrative money penalties only: a criminal fine (罚金) never appears here.
  const money: Penalty['kind'][] = ['fine', 'fine-multiple', 'turnover-percent'];
  const fines = (id: string, on: Penalty['on'][]) =>
    penaltiesOf(facts, id, on, [undefined, 'any', 'serious', 'refused-correction']).filter((l) => money.includes(l.penalty.kind));
  // The person's own consequences first; then what falls on the organisation.
  const out: Finding[] = [];
  // Below the criminal line the police can still detain the person who sold, provided or obtained it.
  if (input.actor !== 'firm' && (passesOn(input) || obtains(input))) {
    const paragraph = obtains(input) ? 'p2' : 'p1';
    const detention = penaltiesOf(facts, `${PSAPL}/56`, ['individual'], [undefined, 'minor']).filter(
      (l) => l.penalty.kind === 'administrative-detention' && l.penalty.anchor === paragraph,
    );
    out.push(
      criminal === 'none'
        ? {
            key: 'detentionBelowCrime',
            cite: [detention[0]?.cite ?? `${PSAPL}/56`, 'pipl/71#p1', `${PSAPL}/141#p3`],
            penalties: detention,
            binds: 'person',
          }
        : { key: 'crimeNotDetention', cite: [`${PSAPL}/56`, 'pipl/71#p1'], binds: 'person' },
    );
  }
  if (input.actor !== 'other')
    out.push({
      key: 'piplPersons',
      cite: ['pipl/66#p1', 'pipl/66#p2'],
      penalties: fines('pipl/66', ['manager', 'staff']),
      binds: 'person',
    });
  out.push({
    key: 'piplOrganisation',
    cite: ['pipl/66#p1', 'pipl/66#p2'],
    penalties: fines('pipl/66', ['processor']),
    binds: 'organisation',
  });
  if (input.actor !== 'other')
    out.push({
      key: 'bankingRegulators',
      cite: ['consumer-protection-law/56#p1-i9', 'commercial-banking-law/73#p2'],
      penalties: [...fines('consumer-protection-law/56', ['business-operator']), ...fines('commercial-banking-law/73', ['bank'])],
      binds: 'organisation',
    });
  if (input.actor === 'bank-staff' || input.actor === 'firm')
    out.push({
      key: 'pbocConsumerInformation',
      // Art. 60 punishes the bank under 消费者权益保护法 Art. 56 (shown above); Art. 63 reaches persons.
      cite: ['pboc-consumer-protection-measures/60#p1', 'consumer-protection-law/56#p1', 'pboc-consumer-protection-measures/63#p1'],
      penalties: fines('pboc-consumer-protection-measures/63', ['manager', 'staff']),
      binds: 'organisation',
    });
  if (input.actor === 'outsourced-staff' || input.actor === 'firm')
    out.push({
      key: 'entrustedProcessing',
      cite: ['network-data-security-regulation/12#p1', 'network-data-security-regulation/55#p1', 'pipl/21#p1'],
      penalties: fines('network-data-security-regulation/55', ['processor', 'manager', 'staff']),
      binds: 'organisation',
    });
  if (input.act === 'query-credit')
    out.push({
      key: 'creditQueries',
      cite: ['credit-reporting-regulation/40#p1', 'credit-reporting-business-measures/23#p1', 'credit-database-interim-measures/39#p1'],
      penalties: [
        ...fines('credit-reporting-regulation/40', ['financial-institution', 'manager', 'staff']),
        ...fines('credit-database-interim-measures/39', ['bank']),
      ],
      binds: 'organisation',
    });
  if (input.act === 'negligent-leak')
    out.push({
      key: 'securityDuties',
      cite: ['data-security-law/45#p1', 'cybersecurity-law/44#p1', 'pipl/51#p1'],
      penalties: fines('data-security-law/45', ['organisation', 'manager', 'staff']),
      binds: 'organisation',
    });
  return out;
}

function employment(input: CheckInput, criminal: Severity): Finding[] {
  if (input.actor === 'firm') return [{ key: 'firmRecourse', cite: ['civil-code/1191#p1', 'labor-contract-law/39#p1-i2'] }];
  if (input.actor === 'other') return [{ key: 'notEmployed', cite: [] }];
  const out: Finding[] = [];
  if (input.dispatched) out.push({ key: 'dispatchedReturned', cite: ['labor-contract-law/65#p2', 'labor-contract-law/39#p1'] });
  else if (input.actor === 'outsourced-staff') out.push({ key: 'employerIsOutsourcer', cite: [] });
  if (deliberate(input)) out.push({ key: 'dismissalSeriousBreach', cite: ['labor-contract-law/39#p1-i2'] });
  else out.push({ key: 'dismissalNegligence', cite: ['labor-contract-law/39#p1-i3'] });
  if (criminal !== 'none') out.push({ key: 'dismissalCriminal', cite: ['labor-contract-law/39#p1-i6'] });
  out.push({ key: 'dismissalUnionNotice', cite: ['labor-contract-law/43#p1'] });
  out.push({ key: 'confidentialityDamages', cite: ['labor-contract-law/90#p1', 'labor-contract-law/23#p1'] });
  return out;
}

const order: Record<Severity, number> = { none: 0, basic: 1, aggravated: 2 };

export function assess(input: CheckInput, facts: CheckerFacts): Outcome {
  const complete = !!input.actor && !!input.act;
  if (!complete) return { complete, criminal: [], civil: [], administrative: [], employment: [] };
  const personal = personalInformationOffence(input, facts);
  const offences = [personal, creditCardOffence(input, facts)].filter((o): o is OffenceOutcome => !!o);
  const worst = offences.reduce<Severity>((w, o) => (order[o.severity] > order[w] ? o.severity : w), 'none');
  return {
    complete,
    actor: input.actor,
    criminal: offences,
    civil: civil(input),
    administrative: administrative(input, facts, personal?.severity ?? 'none'),
    employment: employment(input, worst),
  };
}
