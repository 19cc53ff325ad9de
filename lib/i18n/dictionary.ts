// Interface strings of every page, composed from one table per feature in strings/.
// Each feature's zh table defines its shape and its en table must satisfy it.
import { clientStrings } from './client-strings';
import type { Locale } from './locales';
import * as site from './strings/site';
import * as provision from './strings/provision';
import * as lawyers from './strings/lawyers';
import * as search from './strings/search';
import * as training from './strings/training';
import * as cases from './strings/cases';
import * as handout from './strings/handout';
import * as lms from './strings/lms';
import type { Widen } from './widen';

const zh = {
  ...clientStrings('zh'),
  ...site.zh,
  ...provision.zh,
  ...lawyers.zh,
  ...search.zh,
  ...training.zh,
  ...cases.zh,
  ...handout.zh,
  ...lms.zh,
};
type Dictionary = Widen<typeof zh>;

const en: Dictionary = {
  ...clientStrings('en'),
  ...site.en,
  ...provision.en,
  ...lawyers.en,
  ...search.en,
  ...training.en,
  ...cases.en,
  ...handout.en,
  ...lms.en,
};

const dictionaries: Record<Locale, Dictionary> = { zh, en };

export function t(locale: Locale): Dictionary {
  return dictionaries[locale];
}
