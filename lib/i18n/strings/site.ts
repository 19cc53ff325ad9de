// Interface strings for the site frame: name, navigation, home page, not-found page.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  siteName: '客户信息泄露法律责任',
  siteTagline: '银行客户个人信息泄露、出售、汇集或违规查询：民事、刑事、行政责任',
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    check: '后果自查',
    training: '培训',
    cases: '案例',
    provisions: '法律条文',
    civil: '民事责任',
    criminal: '刑事责任',
    administrative: '行政责任',
  },
  theme: { label: '配色', system: '跟随系统', light: '浅色', dark: '深色' },
  notAdvice: '本站内容仅供学习参考，不构成法律意见；具体问题请咨询执业律师。',
  privacy: '本站不使用 Cookie、不做统计、不向任何其他网站发出请求。',
  liabilityIntro: {
    civil: '向客户赔偿损失、停止侵害、赔礼道歉：银行对客户的合同义务、侵权责任与个人信息处理者的过错推定。',
    criminal: '侵犯公民个人信息罪、窃取、收买、非法提供信用卡信息罪等：何时构成犯罪、刑罚多重。',
    administrative: '监管机关对银行、外包机构和直接责任人员的责令改正、警告、罚款、没收违法所得、暂停业务等。',
    employment: '解除劳动合同、违反保密义务的赔偿责任。',
  },
  guides: '情景指南',
  guidesIntro: '按常见情形说明适用哪些条文。',
  liabilityIndex: '责任类型',
  liabilityIndexIntro: '按责任类型浏览条文和情景指南：民事、刑事、行政，以及劳动关系上的后果。',
  threeLiabilities: '三类法律责任',
  checkCta: '后果自查：描述发生了什么，看看会承担哪些责任',
  checkCtaBody: '选择身份和行为，填写信息条数或违法所得，立即看到刑事、民事、行政和劳动后果，以及所依据的条款。计算只在您的浏览器中进行。',
  noneYet: '暂无内容。',
  notFoundTitle: '页面不存在',
  notFoundBody: '您要找的页面不存在或已移动。',
  backHome: '返回首页',
} as const;

export const en: Widen<typeof zh> = {
  siteName: 'Customer Data Leak Liability',
  siteTagline:
    'Leaking, selling, compiling or illegally querying bank customers’ personal information: civil, criminal and administrative liability in China',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    check: 'Checker',
    training: 'Training',
    cases: 'Cases',
    provisions: 'Provisions',
    civil: 'Civil',
    criminal: 'Criminal',
    administrative: 'Administrative',
  },
  theme: { label: 'Colour scheme', system: 'System', light: 'Light', dark: 'Dark' },
  notAdvice: 'For information and training only; not legal advice. For a specific matter, consult a licensed lawyer.',
  privacy: 'No cookies, no analytics, no requests to any other site.',
  liabilityIntro: {
    civil:
      'Compensation, stopping the infringement, apology: the bank’s contractual duty to customers, tort liability and the presumption of fault for personal-information processors.',
    criminal:
      'The offences of infringing on citizens’ personal information and of stealing, buying or illegally providing credit-card information: when an act becomes a crime and how heavily it is punished.',
    administrative:
      'What regulators can impose on the bank, the outsourcing firm and the responsible individuals: orders to correct, warnings, fines, confiscation, suspension.',
    employment: 'Dismissal and liability for breaching confidentiality.',
  },
  guides: 'Guides',
  guidesIntro: 'Common situations, and the provisions that decide them.',
  liabilityIndex: 'Kinds of liability',
  liabilityIndexIntro: 'Provisions and guides by kind of liability: civil, criminal, administrative, and the consequences at work.',
  threeLiabilities: 'Three kinds of liability',
  checkCta: 'Consequence checker: describe what happened, see what follows',
  checkCtaBody:
    'Choose who did what, enter the number of records or the gains, and see the criminal, civil, administrative and employment consequences with the provisions behind them. It all runs in your browser.',
  noneYet: 'Nothing here yet.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has moved.',
  backHome: 'Back to the home page',
};
