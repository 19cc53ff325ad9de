// Interface strings for published cases.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  cases: {
    title: '真实案例',
    intro:
      '已公开的刑事判决和监管处罚，涉及银行、信用卡中心或外包人员泄露、出售、违规查询客户信息。每个案例只写所引来源载明的内容，不含私人姓名。',
    caveat: '每个案例注明其来源的种类：官方网站原页、转载的官方文书或发布、或新闻报道。细节均以官方文书为准。',
    sourceKind: '来源种类',
    sourceKinds: {
      'official-page': '官方发布页面：本案依据法院、检察院或监管机关网站上的原页整理',
      'official-document': '转载的官方文书或发布：所读页面转载或引述了所注明的判决、处罚公示或典型案例，本站没有读到官方网站原页',
      'news-report': '新闻报道：未找到官方文书或官方发布，本案只依据所引报道',
    },
    authority: '法院或机关',
    docNumber: '案号或文号',
    date: '日期',
    source: '来源',
    notGiven: '所引来源未载明',
    roles: {
      teller: '柜员',
      'account-manager': '客户经理',
      'card-centre-agent': '信用卡中心人员',
      'call-centre-agent': '呼叫中心坐席',
      'outsourcing-firm': '外包机构',
      bank: '银行',
      'credit-officer': '信贷人员',
      'other-staff': '其他员工',
    },
    outcomes: { 'criminal-conviction': '刑事判决', 'administrative-penalty': '行政处罚', 'civil-judgment': '民事判决', other: '其他' },
    provisions: '相关条文',
    outcome: '结果与身份',
  },
} as const;

export const en: Widen<typeof zh> = {
  cases: {
    title: 'Real cases',
    intro:
      'Published criminal judgments and regulators’ penalties about bank, card-centre or outsourced staff leaking, selling or illegally querying customer data. Each says only what its cited source says, and names no private person.',
    caveat:
      'Each case says what kind of source it rests on: the authority’s own page, a reprint of an official document or release, or a news report. The official document prevails on any detail.',
    sourceKind: 'Kind of source',
    sourceKinds: {
      'official-page': 'Official page: compiled from the court’s, procuratorate’s or regulator’s own web page',
      'official-document':
        'Official document, reprinted: the page read reproduces or quotes the judgment, penalty notice or typical-case release it names; the authority’s own page was not read',
      'news-report': 'News report: no official document or release was found; the case rests on the cited report only',
    },
    authority: 'Court or authority',
    docNumber: 'Case or document number',
    date: 'Date',
    source: 'Source',
    notGiven: 'not given in the cited source',
    roles: {
      teller: 'Teller',
      'account-manager': 'Account manager',
      'card-centre-agent': 'Card-centre staff',
      'call-centre-agent': 'Call-centre agent',
      'outsourcing-firm': 'Outsourcing firm',
      bank: 'Bank',
      'credit-officer': 'Credit officer',
      'other-staff': 'Other staff',
    },
    outcomes: {
      'criminal-conviction': 'Criminal judgment',
      'administrative-penalty': 'Administrative penalty',
      'civil-judgment': 'Civil judgment',
      other: 'Other',
    },
    provisions: 'Provisions',
    outcome: 'Outcome and roles',
  },
};
