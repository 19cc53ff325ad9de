// Interface strings for published cases.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  cases: {
    title: '真实案例',
    intro:
      '已公开的刑事判决和监管处罚，涉及银行、信用卡中心或外包人员泄露、出售、违规查询客户信息。每个案例只写所引来源载明的内容，不含私人姓名。',
    caveat: '本站未能取得官方文书原件：案例依据所引的公开报道或转载整理，细节以官方文书为准。',
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
      'The official documents were not available to this project: each case is compiled from the public report or reprint cited; the official document prevails on any detail.',
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
