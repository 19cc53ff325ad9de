// The checker form's words. zh defines the shape; en must match it.
import type { Locale } from '../i18n/locales';
import type { Act, Actor, Count } from './input';
import type { Severity } from './rules';

interface Labels {
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

const zh: Labels = {
  title: '后果自查',
  intro: '描述发生了什么，查看可能承担的刑事、民事、行政和劳动后果，以及每一项所依据的条文。',
  privacy: '全部计算在您的浏览器中完成：您填写的内容不会离开本页面，也不会被保存。',
  actor: {
    legend: '谁做的？',
    options: {
      'bank-staff': '银行员工',
      'outsourced-staff': '外包人员（呼叫中心、营销后台、催收机构）',
      firm: '单位（外包公司或银行本身）',
      other: '其他人',
    },
  },
  act: {
    legend: '做了什么？',
    options: {
      sell: '出售客户信息',
      provide: '提供或交换（不收钱）',
      obtain: '获取（购买、收受、窃取、无权收集）',
      'query-credit': '未经授权查询征信报告',
      'negligent-leak': '因疏忽泄露（丢失设备、误发文件）',
    },
  },
  duty: '信息是在履行职责或者提供服务过程中获得的',
  dutyHelp: '例如坐席在工作系统中看到的客户资料。出售或提供这类信息，入罪标准减半。',
  prior: '曾因此受过刑事处罚，或者二年内受过行政处罚',
  priorHelp: '有这种前科的，再犯不论数量即属“情节严重”。',
  business: '购买、收受信息是为了合法经营（如电话营销），而且没有再出售或提供',
  businessHelp:
    '只适用于行踪轨迹、通信内容、征信、财产、住宿、通信记录、健康生理、交易信息以外的普通信息：入罪看获利是否达到五万元，而不是条数。',
  dispatched: '我是劳务派遣人员（与派遣公司签合同，被派到银行工作）',
  dispatchedHelp: '派遣期间因工作造成他人损害的，由接受派遣的用工单位（银行）承担侵权责任。',
  counts: {
    legend: '涉及多少？',
    n1: { label: '行踪轨迹、通信内容、征信、财产信息（条）', help: '最敏感的一档，例如征信报告、存款余额、账户信息。' },
    n2: { label: '住宿、通信记录、健康生理、交易信息（条）', help: '例如交易流水、通话记录。' },
    n3: { label: '其他个人信息（条）', help: '例如姓名加电话的客户名单。' },
    gains: { label: '违法所得（元）', help: '因此得到的钱。' },
    cards: { label: '涉及的信用卡数量（张）', help: '足以伪造信用卡或冒名交易的卡片信息。' },
  },
  outcome: '可能的后果',
  incomplete: '请先选择“谁做的”和“做了什么”。',
  severity: { none: '按所填事实未达到入罪标准', basic: '构成犯罪（情节严重 / 基本刑）', aggravated: '加重情节（情节特别严重 / 数量巨大）' },
  offence: { 'criminal-law/253-1': '侵犯公民个人信息罪', 'criminal-law/177-1': '窃取、收买、非法提供信用卡信息罪' },
  sentencing: '刑罚',
  likely: (offence, clause) => `很可能构成${offence}：${clause}`,
  heavier: '；依本条，从重处罚',
  summary: '结论摘要',
  toFull: '查看完整结果和依据',
  summaryDetention: (min, max, minorMax) => `即使不构成犯罪，也可能被公安机关拘留 ${min}–${max} 日（情节较轻的，${minorMax} 日以下）。`,
  bound: {
    person: { staff: '对你本人', firm: '对直接负责的主管人员和其他直接责任人员' },
    organisation: { staff: '对你的单位（银行或外包机构），不是对你本人', firm: '对贵机构（银行或外包机构）' },
  },
  share: '复制本结果的链接',
  copied: '已复制',
  reset: '清空',
  noJs: '自查工具需要启用 JavaScript 才能计算。下面是判断是否构成侵犯公民个人信息罪的主要数量标准：',
  thresholdsTitle: '“情节严重”的数量标准',
  tableHead: ['信息类别', '情节严重', '履职获得后出售、提供', '情节特别严重'],
  measures: {
    'records-n1': '行踪轨迹、通信内容、征信、财产信息',
    'records-n2': '住宿、通信记录、健康生理、交易信息',
    'records-n3': '其他个人信息',
    'gains-yuan': '违法所得',
  },
};

const en: Labels = {
  title: 'Consequence checker',
  intro:
    'Describe what was done and see the criminal, civil, administrative and employment consequences that can follow, each with the provision behind it.',
  privacy: 'Everything is worked out in your browser: nothing you enter leaves this page or is stored.',
  actor: {
    legend: 'Who did it?',
    options: {
      'bank-staff': 'Bank staff',
      'outsourced-staff': 'Outsourced staff (call centre, marketing back office, collections)',
      firm: 'An organisation (the outsourcing firm or the bank itself)',
      other: 'Someone else',
    },
  },
  act: {
    legend: 'What was done?',
    options: {
      sell: 'Sold customer data',
      provide: 'Gave or swapped it (no payment)',
      obtain: 'Obtained it (bought, received, stole, collected without right)',
      'query-credit': 'Queried credit reports without authorisation',
      'negligent-leak': 'Leaked it through negligence (lost device, misdirected file)',
    },
  },
  duty: 'The information was obtained while performing duties or providing services',
  dutyHelp: 'For example, customer records an agent sees in the work system. Selling or providing such information halves the thresholds.',
  prior: 'Criminally punished for this before, or administratively punished within two years',
  priorHelp: 'With such a record, doing it again is “serious” whatever the amount.',
  business: 'The information was bought or received for a lawful business (such as telemarketing) and not sold or passed on',
  businessHelp:
    'Only for ordinary information, not whereabouts, communication, credit, property, accommodation, health or transaction data: the test is a profit of 50,000 yuan or more, not the number of records.',
  dispatched: 'I am a dispatched worker (contracted by a labour-dispatch agency and placed at the bank)',
  dispatchedHelp: 'Harm caused at work during a dispatch is the tort liability of the unit that receives the worker (the bank).',
  counts: {
    legend: 'How much?',
    n1: {
      label: 'Whereabouts, communication content, credit or property records',
      help: 'The most sensitive tier: credit reports, balances, account details.',
    },
    n2: {
      label: 'Accommodation, communication records, health or transaction records',
      help: 'For example transaction histories or call logs.',
    },
    n3: { label: 'Other personal information (records)', help: 'For example a customer list of names and phone numbers.' },
    gains: { label: 'Illegal gains (yuan)', help: 'Money received for it.' },
    cards: { label: 'Credit cards involved', help: 'Card data enough to forge a card or to transact in the holder’s name.' },
  },
  outcome: 'What can follow',
  incomplete: 'Choose who did it and what was done first.',
  severity: {
    none: 'Threshold not reached on these facts',
    basic: 'An offence (serious circumstances / basic range)',
    aggravated: 'Aggravated (especially serious / huge amount)',
  },
  offence: {
    'criminal-law/253-1': 'Infringing on citizens’ personal information',
    'criminal-law/177-1': 'Stealing, buying or illegally providing credit-card information',
  },
  sentencing: 'Punishment',
  likely: (offence, clause) => `Likely the offence of ${offence.toLowerCase()}: the law provides that the offender shall ${clause}`,
  heavier: '; under this provision the punishment is heavier',
  summary: 'In short',
  toFull: 'See the full result and its grounds',
  summaryDetention: (min, max, minorMax) =>
    `Even below the criminal line, the police can detain you for ${min} to ${max} days (up to ${minorMax} where minor).`,
  bound: {
    person: { staff: 'On you personally', firm: 'On the directly responsible managers and other directly responsible persons' },
    organisation: {
      staff: 'On your employer (the bank or the outsourcer), not on you',
      firm: 'On your organisation (the bank or the outsourcer)',
    },
  },
  share: 'Copy a link to this result',
  copied: 'Copied',
  reset: 'Clear',
  noJs: 'The checker needs JavaScript to work things out. These are the main quantity thresholds for infringing on citizens’ personal information:',
  thresholdsTitle: 'Thresholds for “serious circumstances”',
  tableHead: ['Kind of information', 'Serious', 'Obtained in duties, sold or provided', 'Especially serious'],
  measures: {
    'records-n1': 'Whereabouts, communication content, credit, property',
    'records-n2': 'Accommodation, communication records, health, transactions',
    'records-n3': 'Other personal information',
    'gains-yuan': 'Illegal gains',
  },
};

export const checkerLabels: Record<Locale, Labels> = { zh, en };
