// The numbers the checker decides with, taken from the corpus's structured data at build time
// (see facts.server.ts) and handed to the page: no threshold or penalty is a literal here.
import type { Penalty } from '../content/schema';

export const infoMeasures = ['records-n1', 'records-n2', 'records-n3', 'gains-yuan'] as const;
export type InfoMeasure = (typeof infoMeasures)[number];

/** A number and the paragraph or item that sets it, e.g. personal-info-crimes-interpretation/5#p1-i3. */
export interface Limit {
  value: number;
  cite: string;
}

export type OffenceId = 'criminal-law/253-1' | 'criminal-law/177-1';

export interface Sentence {
  zh: string;
  en: string;
  cite: string;
}

export interface CheckerFacts {
  info: {
    /** 情节严重: the ordinary thresholds. */
    serious: Record<InfoMeasure, Limit>;
    /** 情节严重 for information obtained in one's duties and sold or provided. */
    duty: Record<InfoMeasure, Limit>;
    /** 情节特别严重: how many times a 情节严重 threshold, and where that is said. */
    especially: { multiplier: number; cite: string };
    /** 情节严重 for ordinary information bought or received for a lawful business: the profit made. */
    business: Limit;
  };
  cards: { basic: Limit; aggravated: Limit };
  /**
   * The punishment clause of each offence at each level, quoted from the provision's own text
   * (zh official, en this site's translation), so the outcome keeps the statute's 或者 / 并处 /
   * 单处 exactly: never rebuilt from numbers.
   */
  sentences: Record<OffenceId, Record<'basic' | 'aggravated', Sentence>>;
  /** Penalties by provision id, for the provisions the checker cites. */
  penalties: Record<string, Penalty[]>;
}
