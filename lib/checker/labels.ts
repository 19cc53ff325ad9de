// The checker form's words: the shape here, one module per language (labels.zh.ts, labels.en.ts)
// so the checker's page loads only its own; `checkerLabels` is for server code.
import type { Locale } from '../i18n/locales';
import type { Act, Actor, Count } from './input';
import { en } from './labels.en';
import { zh } from './labels.zh';
import type { Severity } from './rules';

export interface Labels {
  title: string;
  intro: string;
  privacy: string;
  actor: { legend: string; options: Record<Actor, string> };
  act: { legend: string; options: Record<Act, string> };
  duty: string;
  dutyHelp: string;
  prior: string;
  priorHelp: string;
  business: string;
  businessHelp: string;
  dispatched: string;
  dispatchedHelp: string;
  counts: { legend: string } & Record<Count, { label: string; help: string }>;
  outcome: string;
  incomplete: string;
  severity: Record<Severity, string>;
  offence: Record<'criminal-law/253-1' | 'criminal-law/177-1', string>;
  sentencing: string;
  /** The opening sentence of a criminal outcome: the offence and the statute's own punishment clause. */
  likely: (offence: string, clause: string) => string;
  heavier: string;
  summary: string;
  toFull: string;
  summaryDetention: (min: number, max: number, minorMax: number) => string;
  /** Who bears an outcome, as the reader is addressed: their own first. */
  bound: Record<'person' | 'organisation', Record<'staff' | 'firm', string>>;
  share: string;
  copied: string;
  reset: string;
  noJs: string;
  thresholdsTitle: string;
  tableHead: [string, string, string, string];
  measures: Record<'records-n1' | 'records-n2' | 'records-n3' | 'gains-yuan', string>;
}

export const checkerLabels: Record<Locale, Labels> = { zh, en };
