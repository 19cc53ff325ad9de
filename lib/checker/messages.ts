// What each finding says, in both languages. Plain words; what the law provides, not advice.
import type { Locale } from '../i18n/locales';

type Values = Record<string, number | string>;
type Text = (v: Values) => string;

const num = (locale: Locale, n: number | string) => (typeof n === 'number' ? n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en') : n);
const categoryName: Record<string, Record<Locale, string>> = {
  n1: { zh: '行踪轨迹、通信内容、征信、财产信息', en: 'whereabouts, communication content, credit or property information' },
  n2: { zh: '住宿、通信记录、健康生理、交易信息', en: 'accommodation, communication records, health or transaction information' },
  n3: { zh: '其他个人信息', en: 'other personal information' },
};
const cat = (locale: Locale, v: Values) => categoryName[String(v.category)]?.[locale] ?? '';

export const messages = {
  negligenceNotThisOffence: {
    zh: () =>
      '这一罪名要求故意：因疏忽泄露，通常不构成本罪。但网络服务提供者经监管部门责令改正而拒不改正，致使用户信息泄露、造成严重后果的，可能构成拒不履行信息网络安全管理义务罪。',
    en: () =>
      'This offence requires intent: a leak through negligence is usually not this crime. A network service provider that refuses to correct after being ordered to, so that user information leaks with serious consequences, can commit the offence of refusing to perform information-network security duties.',
  },
  obtainingIsCovered: {
    zh: () => '购买、收受、交换个人信息，或者违反国家有关规定在履职、提供服务中收集个人信息，属于“以其他方法非法获取”，同样入罪。',
    en: () =>
      'Buying, receiving or exchanging personal information, or collecting it in breach of state provisions while performing duties or services, is “illegally obtaining by other methods” and is covered too.',
  },
  queryingIsObtaining: {
    zh: () =>
      '未经授权查询征信报告违反征信管理的规定；在履行职责、提供服务过程中违反国家有关规定收集公民个人信息的，司法解释把它列为“以其他方法非法获取”的情形之一，是否构成，取决于查询的目的和用途等具体事实。征信信息属于最敏感的一档。',
    en: () =>
      'Querying credit reports without authorisation breaches the credit-reporting rules. The interpretation lists collecting personal information in breach of state provisions while performing duties or services among the ways of “illegally obtaining by other methods”; whether a query is that depends on the facts, such as its purpose and what the information was used for. Credit information is in the most sensitive tier.',
  },
  halfOnlyForSelling: {
    zh: () => '减半标准只适用于把履职中获得的信息出售或者提供给他人；单纯获取适用一般标准。',
    en: () =>
      'The halved thresholds apply to selling or providing information obtained in one’s duties; merely obtaining it is measured against the ordinary thresholds.',
  },
  recordsReach: {
    zh: (v) => `${cat('zh', v)} ${num('zh', v.n)} 条，达到“情节严重”标准（${num('zh', v.limit)} 条）。`,
    en: (v) => `${num('en', v.n)} records of ${cat('en', v)} reach the “serious circumstances” threshold (${num('en', v.limit)}).`,
  },
  recordsTenTimes: {
    zh: (v) => `${cat('zh', v)} ${num('zh', v.n)} 条，达到标准的十倍（${num('zh', v.limit)} 条），属于“情节特别严重”。`,
    en: (v) =>
      `${num('en', v.n)} records of ${cat('en', v)} reach ten times the threshold (${num('en', v.limit)}): “especially serious circumstances”.`,
  },
  proportionalSum: {
    zh: (v) => `各类信息单独都未达标，但按相应比例合计达到标准的 ${v.percent}%。`,
    en: (v) => `No kind of record reaches its threshold alone, but added in proportion they come to ${v.percent}% of it.`,
  },
  gainsReach: {
    zh: (v) => `违法所得 ${num('zh', v.gains)} 元，达到“情节严重”标准（${num('zh', v.limit)} 元）。`,
    en: (v) => `Illegal gains of ¥${num('en', v.gains)} reach the “serious circumstances” threshold (¥${num('en', v.limit)}).`,
  },
  gainsTenTimes: {
    zh: (v) => `违法所得 ${num('zh', v.gains)} 元，达到标准的十倍（${num('zh', v.limit)} 元），属于“情节特别严重”。`,
    en: (v) =>
      `Illegal gains of ¥${num('en', v.gains)} reach ten times the threshold (¥${num('en', v.limit)}): “especially serious circumstances”.`,
  },
  priorPunishment: {
    zh: () => '曾因侵犯公民个人信息受过刑事处罚，或者二年内受过行政处罚，又实施这类行为的，不论数量即属“情节严重”。',
    en: () =>
      'Someone criminally punished before, or administratively punished within two years, for infringing personal information who does it again reaches “serious circumstances” whatever the amount.',
  },
  halvedForDuty: {
    zh: () => '信息是在履行职责或者提供服务过程中获得的：数量或数额达到一般标准的一半即属“情节严重”。',
    en: () =>
      'The information was obtained while performing duties or providing services: half the ordinary quantity or amount is enough for “serious circumstances”.',
  },
  belowThreshold: {
    zh: (v) =>
      `按所填事实，未达到“情节严重”的数量或数额标准（适用于本情形的标准：第一档 ${num('zh', v.n1)} 条、第二档 ${num('zh', v.n2)} 条、其他 ${num('zh', v.n3)} 条，或违法所得 ${num('zh', v.gains)} 元）。`,
    en: (v) =>
      `On these facts the quantity and amount thresholds for “serious circumstances” are not reached (the thresholds that apply here: ${num('en', v.n1)} records of the first tier, ${num('en', v.n2)} of the second, ${num('en', v.n3)} of others, or ¥${num('en', v.gains)} of gains).`,
  },
  stillCriminalIf: {
    zh: () =>
      '但仍可能构成犯罪：出售或者提供行踪轨迹信息被他人用于犯罪的；知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的；以及其他情节严重的情形。',
    en: () =>
      'It can still be a crime: where whereabouts information sold or provided is used by others to commit crimes; where it is sold or provided to someone the seller knows or ought to know uses personal information to commit crimes; and in other serious circumstances.',
  },
  heavierForInsiders: {
    zh: () => '出售或者提供履职、服务中获得的信息，在上述刑罚幅度内从重处罚。',
    en: () => 'Selling or providing information obtained in one’s duties or services is punished more heavily within these ranges.',
  },
  unitCrime: {
    zh: () => '单位犯本罪的，对单位判处罚金，并对直接负责的主管人员和其他直接责任人员依照上述规定处罚。',
    en: () =>
      'Where an organisation commits the offence, it is fined, and its directly responsible managers and other directly responsible persons are punished under the same provisions.',
  },
  fineMultiple: {
    zh: (v) =>
      `罚金一般在违法所得的一倍以上五倍以下${Number(v.gains) > 0 ? `（按所填违法所得，约 ${num('zh', Number(v.gains))} 至 ${num('zh', Number(v.gains) * 5)} 元）` : ''}。`,
    en: (v) =>
      `The criminal fine is generally one to five times the illegal gains${Number(v.gains) > 0 ? ` (on the gains given, about ¥${num('en', Number(v.gains))} to ¥${num('en', Number(v.gains) * 5)})` : ''}.`,
  },
  cardsOffence: {
    zh: (v) =>
      `涉及信用卡 ${num('zh', v.cards)} 张：窃取、收买或者非法提供他人信用卡信息资料，足以伪造可进行交易的信用卡或者足以使他人以持卡人名义进行交易的，涉及一张以上即构成犯罪（${num('zh', v.limit)} 张以上为“数量巨大”）。`,
    en: (v) =>
      `${num('en', v.cards)} credit card(s): stealing, buying or illegally providing others’ card information that is enough to forge a usable card or to transact in the holder’s name is an offence from one card (${num('en', v.limit)} or more is “a huge amount”).`,
  },
  cardsHuge: {
    zh: (v) => `涉及信用卡 ${num('zh', v.cards)} 张，达到“数量巨大”（${num('zh', v.limit)} 张以上）。`,
    en: (v) => `${num('en', v.cards)} credit cards: “a huge amount” (${num('en', v.limit)} or more).`,
  },
  cardsNoUnitCrime: {
    zh: () => '窃取、收买、非法提供信用卡信息罪没有单位犯罪的规定：单位不构成本罪，由实施行为的个人承担刑事责任。',
    en: () =>
      'The credit-card information offence has no clause for organisations: an organisation does not commit it, and criminal liability falls on the individuals who acted.',
  },
  businessRule: {
    zh: (v) =>
      `为合法经营活动购买、收受普通个人信息（不含行踪轨迹、通信内容、征信、财产、住宿、通信记录、健康生理、交易信息），没有再出售或者提供的，入罪不看条数，而看利用这些信息获利是否达到 ${num('zh', v.limit)} 元，或者是否有前科等其他严重情节。`,
    en: (v) =>
      `For ordinary information (not whereabouts, communication content, credit, property, accommodation, communication records, health or transaction data) bought or received for a lawful business and not passed on, the record count does not decide: the test is a profit of ¥${num('en', v.limit)} or more made with it, a prior punishment, or other serious circumstances.`,
  },
  businessProfitReaches: {
    zh: (v) =>
      `所填获利 ${num('zh', v.gains)} 元，达到 ${num('zh', v.limit)} 元，属于“情节严重”。此处是利用信息“获利”，与违法所得不是同一概念。`,
    en: (v) =>
      `The profit given, ¥${num('en', v.gains)}, reaches ¥${num('en', v.limit)}: “serious circumstances”. This is the profit made with the information, not the same as illegal gains.`,
  },
  businessNotForSensitive: {
    zh: () => '为合法经营购买、收受的信息中含有行踪轨迹、征信、财产、交易等敏感信息的，不适用获利五万元的标准，按条数等一般标准认定。',
    en: () =>
      'Where information bought or received for a lawful business includes sensitive kinds (whereabouts, credit, property, transactions and the like), the 50,000-yuan profit test does not apply: the ordinary thresholds, such as the record count, do.',
  },
  businessBelow: {
    zh: (v) =>
      `获利未达到 ${num('zh', v.limit)} 元，也没有前科：按这一规定通常不构成犯罪，除非有其他严重情节；一旦再出售或者提供这些信息，按一般标准认定。`,
    en: (v) =>
      `The profit is below ¥${num('en', v.limit)} and there is no prior punishment: under this rule it is usually not a crime unless there are other serious circumstances; selling or passing the information on brings back the ordinary thresholds.`,
  },
  heavierForBankStaff: {
    zh: () => '银行或者其他金融机构的工作人员利用职务上的便利犯此罪的，从重处罚。',
    en: () =>
      'Bank or other financial-institution staff who commit this offence by taking advantage of their position are punished more heavily.',
  },
  outsourcedNotBankStaff: {
    zh: () => '从重处罚的规定针对银行或者其他金融机构的工作人员；外包人员是否适用，取决于具体身份和事实。',
    en: () =>
      'The heavier punishment is for staff of banks or other financial institutions; whether it reaches outsourced staff depends on their position and the facts.',
  },
  customerClaims: {
    zh: () =>
      '客户可以要求赔偿：个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任；赔偿按客户的损失或者处理者获得的利益确定；严重精神损害可以请求精神损害赔偿。',
    en: () =>
      'Customers can claim compensation: a personal-information processor that cannot prove it was not at fault is liable; damages follow the customer’s loss or the processor’s gain; serious mental distress can be compensated too.',
  },
  hostAnswersForDispatched: {
    zh: () =>
      '劳务派遣期间，被派遣人员因执行工作任务造成他人损害的，由接受派遣的用工单位（银行）承担侵权责任；劳务派遣单位有过错的，承担相应的责任。',
    en: () =>
      'During a labour dispatch, harm a dispatched worker causes while performing work tasks is the tort liability of the unit receiving the worker (the bank); the dispatch agency bears a corresponding share if it was at fault.',
  },
  employerAnswers: {
    zh: () => '员工因执行工作任务造成他人损害的，由用人单位承担侵权责任；用人单位承担责任后，可以向有故意或者重大过失的员工追偿。',
    en: () =>
      'Where an employee causes harm while performing work tasks, the employer bears the tort liability, and may then recover from an employee who acted intentionally or with gross negligence.',
  },
  bankSupervisesOutsourcer: {
    zh: () => '银行委托外包机构处理客户信息，应当约定处理目的、方式和保护措施并监督受托人；受托人只能按约定处理。',
    en: () =>
      'A bank that entrusts customer information to an outsourcer must agree the purpose, method and safeguards and supervise it; the outsourcer may process the information only as agreed.',
  },
  bankOwesCustomers: {
    zh: () => '银行对客户负有合同上的保密义务和信息处理者的安全保障义务：泄露客户信息，可能同时构成违约和侵权。',
    en: () =>
      'A bank owes customers confidentiality under their contracts and, as an information processor, a duty to keep the information secure: a leak can be both a breach of contract and a tort.',
  },
  anyoneInTort: {
    zh: () => '任何人侵害他人个人信息造成损害的，应当承担侵权责任。',
    en: () => 'Anyone who infringes another’s personal information and causes harm is liable in tort.',
  },
  evidenceProblem: {
    zh: () =>
      '客户的难处在于证明信息是从哪里泄露的、造成了什么损失。对个人信息处理者实行过错推定，减轻了证明过错的负担，但损害和因果关系仍需证明。',
    en: () =>
      'The customer’s difficulty is proving where the leak came from and what it cost. Presumed fault against processors eases proving fault, but harm and causation must still be shown.',
  },
  publicInterest: {
    zh: () => '侵害众多个人权益的，人民检察院、法律规定的消费者组织和国家网信部门确定的组织可以提起公益诉讼。',
    en: () =>
      'Where many people’s rights are infringed, the procuratorate, consumer organisations designated by law and organisations designated by the cyberspace authority can bring public-interest litigation.',
  },
  piplOrganisation: {
    zh: () =>
      '违法处理个人信息的单位（银行、外包机构）：责令改正、警告、没收违法所得、暂停或者终止服务；拒不改正的并处罚款；情节严重的由省级以上部门处以更高罚款。',
    en: () =>
      'The organisation that processed the information unlawfully (the bank, the outsourcer): order to correct, warning, confiscation of gains, suspension of services; fines if it refuses to correct, and higher fines from provincial-level authorities where serious.',
  },
  piplPersons: {
    zh: () =>
      '对直接负责的主管人员和其他直接责任人员：单位被责令改正而拒不改正的，处一万元以上十万元以下罚款；情节严重的，由省级以上部门处十万元以上一百万元以下罚款，并可以决定禁止其在一定期限内担任相关职务。',
    en: () =>
      'On the directly responsible managers and other directly responsible persons: a fine of 10,000 to 100,000 yuan where the organisation refuses to correct after being ordered to; where serious, a fine of 100,000 to 1,000,000 yuan from a provincial-level authority, and a possible bar for a period from certain positions.',
  },
  bankingRegulators: {
    zh: () => '银行作为经营者和商业银行，还可能依消费者权益保护法和商业银行法被处罚。',
    en: () =>
      'As a business operator and a commercial bank, the bank can also be penalised under the Consumer Protection Law and the Commercial Banking Law.',
  },
  creditQueries: {
    zh: () =>
      '违反规定查询征信信息：对机构罚款，对直接负责的主管人员和其他直接责任人员罚款；2005年的个人信用数据库管理办法另对违规查询的商业银行规定了罚款。',
    en: () =>
      'Querying credit information against the rules: fines on the institution and on the responsible managers and persons; the 2005 credit-database measures separately fine commercial banks for unauthorised queries.',
  },
  securityDuties: {
    zh: () => '疏忽导致泄露，说明安全保护义务可能没有履行：单位和责任人员可能因此受到行政处罚。',
    en: () =>
      'A negligent leak suggests security duties were not met: the organisation and the responsible persons can be penalised for that.',
  },
  detentionBelowCrime: {
    zh: () =>
      '尚不构成犯罪的，公安机关仍可依治安管理处罚法处以拘留：违反国家有关规定出售、提供个人信息，或者窃取、以其他方法非法获取个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以下拘留。罚款、没收违法所得等其他处罚由相关主管部门依其他法律决定。',
    en: () =>
      'Where it is not a crime, the police can still detain under the Public Security Administration Punishments Law: selling or providing personal information in breach of state provisions, or stealing or otherwise illegally obtaining it, is punished by 10 to 15 days’ detention, or up to 5 days where the circumstances are minor. Fines and confiscation under other laws are for the competent departments.',
  },
  crimeNotDetention: {
    zh: () => '行为已达到犯罪标准时，依刑法追究刑事责任，而不是给予治安拘留。',
    en: () =>
      'Where the conduct reaches the criminal threshold it is prosecuted under the Criminal Law, not punished by public-security detention.',
  },
  pbocConsumerInformation: {
    zh: () =>
      '银行侵害消费者金融信息依法得到保护的权利的（如未经明示同意收集、使用，或者未采取必要措施导致信息泄露、被非法向他人提供），依中国人民银行金融消费者权益保护实施办法，按消费者权益保护法第五十六条处罚；对侵害消费者权益重大案件负有直接责任的董事、高级管理人员和其他直接责任人员，法律、行政法规未规定处罚的，可被警告、罚款。2023年起，人民银行的金融消费者保护职责已划入国家金融监督管理总局。',
    en: () =>
      'A bank that infringes consumers’ right to have their financial information protected (collecting or using it without express consent, or failing to take the measures needed, so that it leaks or is illegally provided to others) is penalised under the PBOC Financial Consumer Protection Measures by reference to Article 56 of the Consumer Protection Law; directors, senior managers and others directly responsible for a major case can be warned and fined where no law or regulation sets a penalty. Since 2023 the PBOC’s financial-consumer-protection duties sit with the National Financial Regulatory Administration.',
  },
  entrustedProcessing: {
    zh: () =>
      '银行委托外包机构处理客户信息，应当以合同约定处理目的、方式、范围和安全保护义务并监督外包机构；外包机构只能按约定处理。违反的，依网络数据安全管理条例责令改正、警告、没收违法所得；拒不改正或者情节严重的，处罚款，对直接责任人员也可罚款。',
    en: () =>
      'A bank that entrusts customer information to an outsourcer must agree the purpose, method, scope and security duties by contract and supervise it; the outsourcer may process it only as agreed. A breach brings an order to correct, a warning and confiscation under the Network Data Security Regulation, and fines, also on the responsible persons, where correction is refused or the case is serious.',
  },
  firmRecourse: {
    zh: () => '单位可以依法处分和解除严重违纪员工的劳动合同，并在对外赔偿后向有故意或者重大过失的员工追偿。',
    en: () =>
      'The organisation can discipline and dismiss staff for serious breaches, and recover from staff who acted intentionally or with gross negligence after compensating others.',
  },
  notEmployed: {
    zh: () => '不是银行或外包机构员工的，不涉及劳动合同后果。',
    en: () => 'Someone not employed by the bank or an outsourcer faces no employment consequences here.',
  },
  employerIsOutsourcer: {
    zh: () => '外包人员的用人单位是外包公司，而不是银行：劳动合同上的后果来自外包公司。',
    en: () => 'An outsourced agent’s employer is the outsourcing firm, not the bank: employment consequences come from the firm.',
  },
  dismissalSeriousBreach: {
    zh: () => '严重违反用人单位规章制度的，用人单位可以解除劳动合同；前提是这些规章制度依法制定，并已向劳动者公示或者告知。',
    en: () =>
      'An employee who seriously breaches the employer’s rules can be dismissed, provided the rules were made lawfully and made known to the employee.',
  },
  dispatchedReturned: {
    zh: () => '被派遣人员有可以解除劳动合同的过失情形的，用工单位（银行）可以将其退回劳务派遣单位，由派遣单位依法与其解除劳动合同。',
    en: () =>
      'Where a dispatched worker is at fault in a way that allows dismissal, the host (the bank) can return them to the dispatch agency, which can then terminate the contract under the law.',
  },
  dismissalUnionNotice: {
    zh: () => '用人单位单方解除劳动合同，应当事先将理由通知工会。',
    en: () => 'An employer that terminates a contract unilaterally must first notify the trade union of its reasons.',
  },
  dismissalNegligence: {
    zh: () => '严重失职、给用人单位造成重大损害的，用人单位可以解除劳动合同。',
    en: () => 'Serious dereliction of duty causing the employer major harm allows dismissal.',
  },
  dismissalCriminal: {
    zh: () => '被依法追究刑事责任的，用人单位可以解除劳动合同。',
    en: () => 'An employee held criminally liable can be dismissed.',
  },
  confidentialityDamages: {
    zh: () => '违反劳动合同中约定的保密义务，给用人单位造成损失的，应当承担赔偿责任。',
    en: () =>
      'Breaching a confidentiality duty agreed in the employment contract and causing the employer loss makes the employee liable to compensate it.',
  },
} satisfies Record<string, Record<Locale, Text>>;

export type MessageKey = keyof typeof messages;

export function message(key: MessageKey, locale: Locale, values: Values = {}): string {
  return messages[key][locale](values);
}
