// What the findings' sentences share: the values a rule passes, and how numbers and categories read.
import type { Locale } from '../i18n/locales';

export type Values = Record<string, number | string>;
export type Text = (v: Values) => string;

export const num = (locale: Locale, n: number | string) => (typeof n === 'number' ? n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en') : n);

const categoryName: Record<string, Record<Locale, string>> = {
  n1: { zh: '行踪轨迹、通信内容、征信、财产信息', en: 'whereabouts, communication content, credit or property information' },
  n2: { zh: '住宿、通信记录、健康生理、交易信息', en: 'accommodation, communication records, health or transaction information' },
  n3: { zh: '其他个人信息', en: 'other personal information' },
};
export const cat = (locale: Locale, v: Values) => categoryName[String(v.category)]?.[locale] ?? '';
