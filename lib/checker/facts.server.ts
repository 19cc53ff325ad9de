// Build-time: extracts the checker's numbers from the corpus, failing loudly if one is missing.
import type { Corpus } from '../content/corpus';
import type { Locale } from '../i18n/locales';
import { infoMeasures, type CheckerFacts, type InfoMeasure, type Limit, type OffenceId, type Sentence } from './facts';

/** Where each offence's punishment clause is, and how to find it in each language's text. */
const sentenceClauses: Record<OffenceId, { anchor: string; basic: Record<Locale, RegExp>; aggravated: Record<Locale, RegExp> }> = {
  'criminal-law/253-1': {
    anchor: 'p1',
    basic: { zh: /情节严重的，(处[^；。]+)[；。]/, en: /where the circumstances are serious, (be sentenced to [^;]+);/ },
    aggravated: {
      zh: /情节特别严重的，(处[^；。]+)[；。]/,
      en: /where the circumstances are especially serious, the offender shall (be sentenced to [^;.]+)[;.]/,
    },
  },
  'criminal-law/177-1': {
    anchor: 'p1',
    basic: { zh: /妨害信用卡管理的，(处[^；。]+)[；。]/, en: /shall (be sentenced to [^;]+);/ },
    aggravated: {
      zh: /有其他严重情节的，(处[^；：。]+)[；：。]/,
      en: /other serious circumstances, (?:the offender shall )?(be sentenced to [^;:.]+)[;:.]/,
    },
  },
};

const INFO = 'personal-info-crimes-interpretation/5';
const CARDS = 'credit-card-crimes-interpretation/3';
const BUSINESS = 'personal-info-crimes-interpretation/6';
/** Provisions whose penalties the checker shows. */
const penaltySources = [
  'criminal-law/253-1',
  'criminal-law/177-1',
  'personal-info-crimes-interpretation/12',
  'pipl/66',
  'consumer-protection-law/56',
  'commercial-banking-law/73',
  'credit-reporting-regulation/40',
  'credit-database-interim-measures/39',
  'data-security-law/45',
  'public-security-administration-punishments-law/56',
  'pboc-consumer-protection-measures/63',
  'network-data-security-regulation/55',
] as const;

export function checkerFacts(corpus: Corpus): CheckerFacts {
  const provision = (id: string) => {
    const p = corpus.provisions.find((x) => x.id === id);
    if (!p) throw new Error(`checker: the corpus has no ${id}`);
    return p;
  };
  const info = provision(INFO).facts.thresholds;
  const limit = (measure: string, level: 'serious' | 'especially-serious', duty: boolean, source = INFO, list = info): Limit => {
    const t = list.find((x) => x.measure === measure && x.level === level && (x.scope === 'obtained-in-duties') === duty);
    if (!t) throw new Error(`checker: ${source} has no ${level}${duty ? ' (duty)' : ''} threshold for ${measure}`);
    return { value: t.value, cite: `${source}${t.anchor ? `#${t.anchor}` : ''}` };
  };
  const byMeasure = (duty: boolean): Record<InfoMeasure, Limit> => ({
    'records-n1': limit('records-n1', 'serious', duty),
    'records-n2': limit('records-n2', 'serious', duty),
    'records-n3': limit('records-n3', 'serious', duty),
    'gains-yuan': limit('gains-yuan', 'serious', duty),
  });
  const serious = byMeasure(false);
  const multipliers = infoMeasures.map((m) => limit(m, 'especially-serious', false).value / serious[m].value);
  if (new Set(multipliers).size !== 1)
    throw new Error(`checker: ${INFO} especially-serious thresholds are not one multiple of the serious ones`);
  const cards = provision(CARDS).facts.thresholds;
  const sentence = (id: OffenceId, level: 'basic' | 'aggravated'): Sentence => {
    const spec = sentenceClauses[id];
    const quote = (locale: Locale) => {
      const text = provision(id).doc[locale].paragraphs.find((p) => p.id === spec.anchor)?.text ?? '';
      const found = spec[level][locale].exec(text)?.[1];
      if (!found) throw new Error(`checker: no ${level} punishment clause found in ${id}#${spec.anchor} (${locale})`);
      return found;
    };
    return { zh: quote('zh'), en: quote('en'), cite: `${id}#${spec.anchor}` };
  };
  const sentencesOf = (id: OffenceId) => ({ basic: sentence(id, 'basic'), aggravated: sentence(id, 'aggravated') });
  return {
    info: {
      serious,
      duty: byMeasure(true),
      especially: { multiplier: multipliers[0], cite: limit('records-n1', 'especially-serious', false).cite },
      business: limit('gains-yuan', 'serious', false, BUSINESS, provision(BUSINESS).facts.thresholds),
    },
    cards: { basic: limit('cards', 'serious', false, CARDS, cards), aggravated: limit('cards', 'especially-serious', false, CARDS, cards) },
    sentences: { 'criminal-law/253-1': sentencesOf('criminal-law/253-1'), 'criminal-law/177-1': sentencesOf('criminal-law/177-1') },
    penalties: Object.fromEntries(penaltySources.map((id) => [id, provision(id).facts.penalties])),
  };
}
