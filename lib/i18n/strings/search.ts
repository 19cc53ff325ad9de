// Interface strings for the search page (the header dialog's strings come from client-strings).
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import { clientStrings } from '../client-strings';
import type { Widen } from '../widen';

export const zh = {
  search: {
    ...clientStrings('zh').search,
    description: '在全部条文、指南、培训单元和案例中搜索：支持罪名、条文原文片段、条号（如 个保法66条、刑法253条之一）和简称。',
    count: (n: number) => `${n} 条结果`,
    needsJs: '搜索需要启用 JavaScript。您也可以浏览',
    browseAll: '全部法律条文',
    filters: '筛选',
    anyLiability: '全部责任类型',
    anyInstrument: '全部法律法规',
    anyStatus: '全部效力状态',
    anyKind: '全部类型',
  },
} as const;

export const en: Widen<typeof zh> = {
  search: {
    ...clientStrings('en').search,
    description:
      'Search every provision, guide, training unit and case: by offence, a phrase of the text, an article number (PIPL Art. 66, Criminal Law 253-1) or an abbreviation.',
    count: (n: number) => `${n} result${n === 1 ? '' : 's'}`,
    needsJs: 'Search needs JavaScript. You can also browse',
    browseAll: 'all provisions',
    filters: 'Filters',
    anyLiability: 'Any liability',
    anyInstrument: 'Any instrument',
    anyStatus: 'Any status',
    anyKind: 'Any kind',
  },
};
