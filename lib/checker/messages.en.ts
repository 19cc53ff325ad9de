// What each finding says, in English: the same keys as messages.zh.ts, this project's wording.
import { cat, num, type Text } from './message-format';
import type { MessageKey } from './messages.zh';

export const en: Record<MessageKey, Text> = {
  negligenceNotThisOffence: () =>
    'This offence requires intent: a leak through negligence is usually not this crime. A network service provider that refuses to correct after being ordered to, so that user information leaks with serious consequences, can commit the offence of refusing to perform information-network security duties.',
  obtainingIsCovered: () =>
    'Buying, receiving or exchanging personal information, or collecting it in breach of state provisions while performing duties or services, is “illegally obtaining by other methods” and is covered too.',
  queryingIsObtaining: () =>
    'Querying credit reports without authorisation breaches the credit-reporting rules. The interpretation lists collecting personal information in breach of state provisions while performing duties or services among the ways of “illegally obtaining by other methods”; whether a query is that depends on the facts, such as its purpose and what the information was used for. Credit information is in the most sensitive tier.',
  halfOnlyForSelling: () =>
    'The halved thresholds apply to selling or providing information obtained in one’s duties; merely obtaining it is measured against the ordinary thresholds.',
  recordsReach: (v) => `${num('en', v.n)} records of ${cat('en', v)} reach the “serious circumstances” threshold (${num('en', v.limit)}).`,
  recordsTenTimes: (v) =>
    `${num('en', v.n)} records of ${cat('en', v)} reach ten times the threshold (${num('en', v.limit)}): “especially serious circumstances”.`,
  proportionalSum: (v) => `No kind of record reaches its threshold alone, but added in proportion they come to ${v.percent}% of it.`,
  gainsReach: (v) => `Illegal gains of ¥${num('en', v.gains)} reach the “serious circumstances” threshold (¥${num('en', v.limit)}).`,
  gainsTenTimes: (v) =>
    `Illegal gains of ¥${num('en', v.gains)} reach ten times the threshold (¥${num('en', v.limit)}): “especially serious circumstances”.`,
  priorPunishment: () =>
    'Someone criminally punished before, or administratively punished within two years, for infringing personal information who does it again reaches “serious circumstances” whatever the amount.',
  halvedForDuty: () =>
    'The information was obtained while performing duties or providing services: half the ordinary quantity or amount is enough for “serious circumstances”.',
  belowThreshold: (v) =>
    `On these facts the quantity and amount thresholds for “serious circumstances” are not reached (the thresholds that apply here: ${num('en', v.n1)} records of the first tier, ${num('en', v.n2)} of the second, ${num('en', v.n3)} of others, or ¥${num('en', v.gains)} of gains).`,
  stillCriminalIf: () =>
    'It can still be a crime: where whereabouts information sold or provided is used by others to commit crimes; where it is sold or provided to someone the seller knows or ought to know uses personal information to commit crimes; and in other serious circumstances.',
  heavierForInsiders: () =>
    'Selling or providing information obtained in one’s duties or services is punished more heavily within these ranges.',
  unitCrime: () =>
    'Where an organisation commits the offence, it is fined, and its directly responsible managers and other directly responsible persons are punished under the same provisions.',
  fineMultiple: (v) =>
    `The criminal fine is generally one to five times the illegal gains${Number(v.gains) > 0 ? ` (on the gains given, about ¥${num('en', Number(v.gains))} to ¥${num('en', Number(v.gains) * 5)})` : ''}.`,
  cardsOffence: (v) =>
    `${num('en', v.cards)} credit card(s): stealing, buying or illegally providing others’ card information that is enough to forge a usable card or to transact in the holder’s name is an offence from one card (${num('en', v.limit)} or more is “a huge amount”).`,
  cardsHuge: (v) => `${num('en', v.cards)} credit cards: “a huge amount” (${num('en', v.limit)} or more).`,
  cardsNoUnitCrime: () =>
    'The credit-card information offence has no clause for organisations: an organisation does not commit it, and criminal liability falls on the individuals who acted.',
  businessRule: (v) =>
    `For ordinary information (not whereabouts, communication content, credit, property, accommodation, communication records, health or transaction data) bought or received for a lawful business and not passed on, the record count does not decide: the test is a profit of ¥${num('en', v.limit)} or more made with it, a prior punishment, or other serious circumstances.`,
  businessProfitReaches: (v) =>
    `The profit given, ¥${num('en', v.gains)}, reaches ¥${num('en', v.limit)}: “serious circumstances”. This is the profit made with the information, not the same as illegal gains.`,
  businessNotForSensitive: () =>
    'Where information bought or received for a lawful business includes sensitive kinds (whereabouts, credit, property, transactions and the like), the 50,000-yuan profit test does not apply: the ordinary thresholds, such as the record count, do.',
  businessBelow: (v) =>
    `The profit is below ¥${num('en', v.limit)} and there is no prior punishment: under this rule it is usually not a crime unless there are other serious circumstances; selling or passing the information on brings back the ordinary thresholds.`,
  heavierForBankStaff: () =>
    'Bank or other financial-institution staff who commit this offence by taking advantage of their position are punished more heavily.',
  outsourcedNotBankStaff: () =>
    'The heavier punishment is for staff of banks or other financial institutions; whether it reaches outsourced staff depends on their position and the facts.',
  customerClaims: () =>
    'Customers can claim compensation: a personal-information processor that cannot prove it was not at fault is liable; damages follow the customer’s loss or the processor’s gain; serious mental distress can be compensated too.',
  hostAnswersForDispatched: () =>
    'During a labour dispatch, harm a dispatched worker causes while performing work tasks is the tort liability of the unit receiving the worker (the bank); the dispatch agency bears a corresponding share if it was at fault.',
  employerAnswers: () =>
    'Where an employee causes harm while performing work tasks, the employer bears the tort liability, and may then recover from an employee who acted intentionally or with gross negligence.',
  bankSupervisesOutsourcer: () =>
    'A bank that entrusts customer information to an outsourcer must agree the purpose, method and safeguards and supervise it; the outsourcer may process the information only as agreed.',
  bankOwesCustomers: () =>
    'A bank owes customers confidentiality under their contracts and, as an information processor, a duty to keep the information secure: a leak can be both a breach of contract and a tort.',
  anyoneInTort: () => 'Anyone who infringes another’s personal information and causes harm is liable in tort.',
  evidenceProblem: () =>
    'The customer’s difficulty is proving where the leak came from and what it cost. Presumed fault against processors eases proving fault, but harm and causation must still be shown.',
  publicInterest: () =>
    'Where many people’s rights are infringed, the procuratorate, consumer organisations designated by law and organisations designated by the cyberspace authority can bring public-interest litigation.',
  piplOrganisation: () =>
    'The organisation that processed the information unlawfully (the bank, the outsourcer): order to correct, warning, confiscation of gains, suspension of services; fines if it refuses to correct, and higher fines from provincial-level authorities where serious.',
  piplPersons: () =>
    'On the directly responsible managers and other directly responsible persons: a fine of 10,000 to 100,000 yuan where the organisation refuses to correct after being ordered to; where serious, a fine of 100,000 to 1,000,000 yuan from a provincial-level authority, and a possible bar for a period from certain positions.',
  bankingRegulators: () =>
    'As a business operator and a commercial bank, the bank can also be penalised under the Consumer Protection Law and the Commercial Banking Law.',
  creditQueries: () =>
    'Querying credit information against the rules: fines on the institution and on the responsible managers and persons; the 2005 credit-database measures separately fine commercial banks for unauthorised queries.',
  securityDuties: () =>
    'A negligent leak suggests security duties were not met: the organisation and the responsible persons can be penalised for that.',
  detentionBelowCrime: () =>
    'Where it is not a crime, the police can still detain under the Public Security Administration Punishments Law: selling or providing personal information in breach of state provisions, or stealing or otherwise illegally obtaining it, is punished by 10 to 15 days’ detention, or up to 5 days where the circumstances are minor. Fines and confiscation under other laws are for the competent departments.',
  crimeNotDetention: () =>
    'Where the conduct reaches the criminal threshold it is prosecuted under the Criminal Law, not punished by public-security detention.',
  pbocConsumerInformation: () =>
    'A bank that infringes consumers’ right to have their financial information protected (collecting or using it without express consent, or failing to take the measures needed, so that it leaks or is illegally provided to others) is penalised under the PBOC Financial Consumer Protection Measures by reference to Article 56 of the Consumer Protection Law; directors, senior managers and others directly responsible for a major case can be warned and fined where no law or regulation sets a penalty. Since 2023 the PBOC’s financial-consumer-protection duties sit with the National Financial Regulatory Administration.',
  entrustedProcessing: () =>
    'A bank that entrusts customer information to an outsourcer must agree the purpose, method, scope and security duties by contract and supervise it; the outsourcer may process it only as agreed. A breach brings an order to correct, a warning and confiscation under the Network Data Security Regulation, and fines, also on the responsible persons, where correction is refused or the case is serious.',
  firmRecourse: () =>
    'The organisation can discipline and dismiss staff for serious breaches, and recover from staff who acted intentionally or with gross negligence after compensating others.',
  notEmployed: () => 'Someone not employed by the bank or an outsourcer faces no employment consequences here.',
  employerIsOutsourcer: () =>
    'An outsourced agent’s employer is the outsourcing firm, not the bank: employment consequences come from the firm.',
  dismissalSeriousBreach: () =>
    'An employee who seriously breaches the employer’s rules can be dismissed, provided the rules were made lawfully and made known to the employee.',
  dispatchedReturned: () =>
    'Where a dispatched worker is at fault in a way that allows dismissal, the host (the bank) can return them to the dispatch agency, which can then terminate the contract under the law.',
  dismissalUnionNotice: () => 'An employer that terminates a contract unilaterally must first notify the trade union of its reasons.',
  dismissalNegligence: () => 'Serious dereliction of duty causing the employer major harm allows dismissal.',
  dismissalCriminal: () => 'An employee held criminally liable can be dismissed.',
  confidentialityDamages: () =>
    'Breaching a confidentiality duty agreed in the employment contract and causing the employer loss makes the employee liable to compensate it.',
};
