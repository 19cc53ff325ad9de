// The checker form's words in English (this project's wording).
import type { Labels } from './labels';

export const en: Labels = {
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
