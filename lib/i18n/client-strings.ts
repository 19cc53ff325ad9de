// The few interface strings the always-present client components need (header search, language
// switch, handout button, citation tools). Kept apart from lib/i18n/dictionary.ts so every page's
// JavaScript carries this small table, not the whole dictionary. Templates use {name}.
import type { Locale } from './locales';

const zh = {
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文版',
  liability: { civil: '民事责任', criminal: '刑事责任', administrative: '行政责任', employment: '劳动责任' },
  status: { current: '现行有效', amended: '已修改', repealed: '已废止' },
  search: {
    label: '搜索条文、指南',
    placeholder: '搜索：条文、罪名、条号（如 个保法66条）',
    shortcut: '按 / 或 Ctrl+K 搜索',
    title: '搜索',
    loading: '正在载入索引…',
    failed: '搜索索引载入失败，请刷新页面重试。',
    none: '没有找到与“{q}”相关的内容。',
    tryThese: '可以试试：',
    orBrowse: '或者按责任类型浏览：',
    allResults: '查看全部结果',
    viaTranslation: '通过本站英文译文匹配',
    formerly: '原第{n}条',
    kinds: { instrument: '法律法规', provision: '条文', guide: '指南', module: '培训', case: '案例' },
  },
  suggestions: ['侵犯公民个人信息罪', '情节严重', '委托处理', '征信', '个保法66条'],
  handout: { add: '加入讲义', added: '已在讲义中', open: '查看讲义（{n}）' },
  cite: {
    citeZh: '复制中文引用',
    citeEn: '复制英文引用',
    withText: '复制条文及引用',
    here: '复制本款引用',
    hereItem: '复制本项引用',
    link: '复制链接',
    copied: '已复制',
    tools: '{label}的引用工具',
    short: { cite: '引用', text: '原文', link: '链接' },
  },
};

type ClientStrings = typeof zh;

const en: ClientStrings = {
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to the Chinese version',
  liability: {
    civil: 'Civil liability',
    criminal: 'Criminal liability',
    administrative: 'Administrative liability',
    employment: 'Employment consequences',
  },
  status: { current: 'In force', amended: 'Amended', repealed: 'Repealed' },
  search: {
    label: 'Search provisions and guides',
    placeholder: 'Search: provisions, offences, article numbers (e.g. PIPL Art. 66)',
    shortcut: 'Press / or Ctrl+K to search',
    title: 'Search',
    loading: 'Loading the index…',
    failed: 'The search index could not be loaded. Reload the page to try again.',
    none: 'Nothing found for “{q}”.',
    tryThese: 'Try:',
    orBrowse: 'Or browse by liability:',
    allResults: 'See all results',
    viaTranslation: 'Matched in the official Chinese text',
    formerly: 'formerly Art. {n}',
    kinds: { instrument: 'Instruments', provision: 'Provisions', guide: 'Guides', module: 'Training', case: 'Cases' },
  },
  suggestions: ['personal information', 'serious circumstances', 'entrusted processing', 'credit report', 'PIPL Art. 66'],
  handout: { add: 'Add to handout', added: 'In the handout', open: 'Open handout ({n})' },
  cite: {
    citeZh: 'Copy Chinese citation',
    citeEn: 'Copy English citation',
    withText: 'Copy text with citation',
    here: 'Copy citation of this paragraph',
    hereItem: 'Copy citation of this item',
    link: 'Copy link',
    copied: 'Copied',
    tools: 'Citation tools for {label}',
    short: { cite: 'Cite', text: 'Text', link: 'Link' },
  },
};

const strings: Record<Locale, ClientStrings> = { zh, en };

export function clientStrings(locale: Locale): ClientStrings {
  return strings[locale];
}

/** '查看讲义（{n}）' + { n: 3 } → '查看讲义（3）' */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
