// Everything the checker's client components say, for one language: the page loads only the
// table of its own language (words.zh.ts or words.en.ts, each through its own client entry).
import type { Locale } from '../i18n/locales';
import type { Labels } from './labels';
import type { Text } from './message-format';
import type { MessageKey } from './messages.zh';

export interface CheckerWords {
  locale: Locale;
  labels: Labels;
  messages: Record<MessageKey, Text>;
  /** Who a penalty falls on (individual, bank…). */
  party: Record<string, string>;
}
