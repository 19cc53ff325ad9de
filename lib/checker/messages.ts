// What each finding says, in either language: for server code and tests. The checker's page
// gets one language's table only (messages.zh.ts or messages.en.ts, through its words).
import type { Locale } from '../i18n/locales';
import { en } from './messages.en';
import type { Values } from './message-format';
import { zh, type MessageKey } from './messages.zh';

export type { MessageKey };

export function message(key: MessageKey, locale: Locale, values: Values = {}): string {
  return (locale === 'zh' ? zh : en)[key](values);
}
