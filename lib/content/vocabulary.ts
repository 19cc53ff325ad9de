// The fixed vocabularies of the content model, free of zod so client code can use them.
export const statuses = ['current', 'amended', 'repealed'] as const;

export const liabilities = ['civil', 'criminal', 'administrative', 'employment'] as const;

export const parties = [
  'individual', 'staff', 'bank', 'financial-institution', 'processor', 'entrusted-processor',
  'network-operator', 'credit-user', 'credit-agency', 'manager', 'organisation', 'employer',
  'business-operator',
] as const;

export const instrumentKinds = [
  'law', 'judicial-interpretation', 'administrative-regulation', 'departmental-rule',
] as const;
