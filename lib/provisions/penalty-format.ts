// Penalties from frontmatter numbers, in words: {kind: imprisonment, max: 36} → 三年以下有期徒刑.
import type { Locale } from '../i18n/locales';
import type { Penalty } from '../content/schema';

function months(n: number, locale: Locale): string {
  if (n % 12 === 0) return locale === 'zh' ? `${n / 12}年` : `${n / 12} year${n === 12 ? '' : 's'}`;
  return locale === 'zh' ? `${n}个月` : `${n} months`;
}

function amount(n: number, unit: Penalty['unit'], locale: Locale): string {
  switch (unit) {
    case 'days':
      return locale === 'zh' ? `${n}日` : `${n} days`;
    case 'months':
      return months(n, locale);
    case 'years':
      return locale === 'zh' ? `${n}年` : `${n} years`;
    case 'yuan':
      return locale === 'zh' ? `${n >= 10000 ? `${n / 10000}万` : n}元` : `¥${n.toLocaleString('en')}`;
    case 'times-gains':
      return locale === 'zh' ? `${n}倍` : `${n}×`;
    case 'percent-turnover':
      return `${n}%`;
    default:
      return String(n);
  }
}

function range(p: Penalty, locale: Locale): string {
  const { min, max, unit } = p;
  if (min !== undefined && max !== undefined)
    return locale === 'zh'
      ? `${amount(min, unit, locale)}至${amount(max, unit, locale)}`
      : `${amount(min, unit, locale)} to ${amount(max, unit, locale)}`;
  if (max !== undefined) return locale === 'zh' ? `${amount(max, unit, locale)}以下` : `up to ${amount(max, unit, locale)}`;
  if (min !== undefined) return locale === 'zh' ? `${amount(min, unit, locale)}以上` : `at least ${amount(min, unit, locale)}`;
  return '';
}

const kinds: Record<Penalty['kind'], Record<Locale, string>> = {
  imprisonment: { zh: '有期徒刑', en: 'fixed-term imprisonment' },
  'criminal-detention': { zh: '拘役', en: 'criminal detention' },
  'public-surveillance': { zh: '管制', en: 'public surveillance' },
  'criminal-fine': { zh: '罚金', en: 'criminal fine' },
  fine: { zh: '罚款', en: 'administrative fine' },
  'administrative-detention': { zh: '行政拘留', en: 'administrative detention' },
  'fine-multiple': { zh: '罚款（违法所得的倍数）', en: 'fine (multiple of illegal gains)' },
  'turnover-percent': { zh: '罚款（上一年度营业额的比例）', en: 'fine (share of the previous year’s turnover)' },
  warning: { zh: '警告', en: 'warning' },
  confiscation: { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  suspension: { zh: '暂停相关业务或停业整顿', en: 'suspension of business' },
  'licence-revocation': { zh: '吊销许可证或营业执照', en: 'revocation of licence' },
  ban: { zh: '禁止担任相关职务', en: 'ban from holding positions' },
  dismissal: { zh: '解除劳动合同', en: 'dismissal' },
  compensation: { zh: '赔偿损失', en: 'compensation' },
  correction: { zh: '责令改正', en: 'order to correct' },
  'deprivation-of-rights': { zh: '剥夺政治权利', en: 'deprivation of political rights' },
};

const whens: Record<NonNullable<Penalty['when']>, Record<Locale, string>> = {
  serious: { zh: '情节严重的', en: 'where the circumstances are serious' },
  'especially-serious': { zh: '情节特别严重的', en: 'where the circumstances are especially serious' },
  minor: { zh: '情节较轻的', en: 'where the circumstances are minor' },
  'refused-correction': { zh: '拒不改正的', en: 'where correction is refused' },
  any: { zh: '', en: '' },
};

export function describePenalty(p: Penalty, locale: Locale): string {
  const what = kinds[p.kind][locale];
  const r = range(p, locale);
  const when = p.when ? whens[p.when][locale] : '';
  if (locale === 'zh') return [when && `${when}，`, what, r && `：${r}`].join('');
  return [what[0].toUpperCase() + what.slice(1), r && `: ${r}`, when && `, ${when}`].join('');
}
