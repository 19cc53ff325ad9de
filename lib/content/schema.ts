// The content model: every frontmatter shape, checked strictly at build time.
// Types are derived from these schemas; nothing is trusted by a cast.
import { z } from 'zod';
import { instrumentKinds, liabilities, parties, statuses } from './vocabulary';

export { instrumentKinds, liabilities, parties, statuses };

/** YAML turns 2021-11-01 into a Date: accept that and normalise to the ISO string. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

export const status = z.enum(statuses);
export type Status = z.infer<typeof status>;

export const liability = z.enum(liabilities);
export type Liability = z.infer<typeof liability>;

export const party = z.enum(parties);


const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');
/** A provision id as used in URLs: instrument/article, e.g. criminal-law/253-1. */
const provisionRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[1-9]\d*(?:-[1-9]\d*)?$/, 'must be a provision id like criminal-law/253-1');
const anchor = z.string().regex(/^p[1-9]\d*(?:-i[1-9]\d*)?$/, 'must be a paragraph or item id like p1 or p2-i3');
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const officialUrl = url.refine(
  (u) => /^https?:\/\/([a-z0-9-]+\.)*(npc\.gov\.cn|pbc\.gov\.cn|court\.gov\.cn|spp\.gov\.cn|gov\.cn)\//.test(u),
  'must be on an official site (npc.gov.cn, flk.npc.gov.cn, pbc.gov.cn, court.gov.cn, spp.gov.cn, gov.cn)',
);
/** A copy used for comparison: a web page or a file in a public repository. */
const copyRef = z.union([url, z.string().regex(/^github:[^/\s]+\/[^/\s]+\/\S+$/, 'must be a URL or github:owner/repo/path')]);

export const sources = z.strictObject({
  official: officialUrl,
  compared: z.array(copyRef).min(2, 'needs at least two independent copies compared'),
  checked: isoDate,
});

export const instrumentZh = z.strictObject({
  title: z.string().min(1),
  short: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(instrumentKinds),
  issuer: z.string().min(1),
  docNumber: z.string().min(1).optional(),
  promulgated: isoDate,
  effective: isoDate,
  lastAmended: isoDate.optional(),
  status,
  repealedOn: isoDate.optional(),
  replacedBy: slug.optional(),
  officialUrl,
  /** When the status (in force, amended, repealed) was last re-checked against the sources. */
  statusChecked: isoDate,
});
export const instrumentEn = z.strictObject({
  title: z.string().min(1),
  short: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  issuer: z.string().min(1),
});

const penaltyKinds = [
  'imprisonment', 'criminal-detention', 'public-surveillance', 'criminal-fine', 'fine', 'fine-multiple', 'administrative-detention',
  'turnover-percent', 'warning', 'confiscation', 'suspension', 'licence-revocation', 'ban',
  'dismissal', 'compensation', 'correction', 'deprivation-of-rights',
] as const;
export const penalty = z.strictObject({
  on: party,
  kind: z.enum(penaltyKinds),
  min: z.number().nonnegative().optional(),
  max: z.number().positive().optional(),
  unit: z.enum(['days', 'months', 'years', 'yuan', 'times-gains', 'percent-turnover']).optional(),
  /** `refused-correction`: only where an order to correct is refused or not met in time (拒不改正, 逾期不改正); `minor`: 情节较轻. */
  when: z.enum(['serious', 'especially-serious', 'minor', 'refused-correction', 'any']).optional(),
  anchor: anchor.optional(),
});
export type Penalty = z.infer<typeof penalty>;

export const threshold = z.strictObject({
  measure: z.enum(['records-n1', 'records-n2', 'records-n3', 'gains-yuan', 'cards', 'persons', 'times']),
  value: z.number().positive(),
  level: z.enum(['serious', 'especially-serious']),
  /** Set when the threshold is for information obtained while performing duties or services. */
  scope: z.literal('obtained-in-duties').optional(),
  anchor: anchor.optional(),
});
export type Threshold = z.infer<typeof threshold>;

/** Facts of one text of an article: shared by both locales, kept in the .zh.mdx file. */
const versionFields = {
  heading: z.string().min(1).optional(),
  status,
  effective: isoDate,
  until: isoDate.optional(),
  enactedBy: z.string().min(1).optional(),
  sources,
};

export const provisionZh = z
  .strictObject({
    ...versionFields,
    heading: z.string().min(1),
    liability: z.array(liability).min(1, 'name at least one liability type'),
    binds: z.array(party).min(1, 'name at least one party the provision binds'),
    formerNumbers: z
      .array(z.strictObject({ number: z.string().regex(/^[1-9]\d*(?:-[1-9]\d*)?$/), until: isoDate }))
      .default([]),
    replacedBy: z.array(provisionRef).default([]),
    related: z.array(provisionRef).default([]),
    penalties: z.array(penalty).default([]),
    thresholds: z.array(threshold).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'repealed' && p.replacedBy.length === 0)
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'a repealed provision must name what replaced it' });
    if (p.status !== 'current' && !p.until)
      ctx.addIssue({ code: 'custom', path: ['until'], message: `a provision with status ${p.status} needs the last day it applied` });
  });

/** An earlier text of an article, in `<article>@<effective>.zh.mdx`. */
export const versionZh = z
  .strictObject({ ...versionFields, status: z.enum(['amended', 'repealed']), until: isoDate })
  .refine((v) => v.until >= v.effective, { path: ['until'], message: 'must not be before effective' });

export const provisionEn = z.strictObject({ heading: z.string().min(1) });
export const versionEn = z.strictObject({ heading: z.string().min(1).optional() });

/** Locale strings of a guide (both files); shared facts live in the .zh.mdx file only. */
const guideText = { title: z.string().min(1), summary: z.string().min(1) };
export const guideZh = z.strictObject({
  ...guideText,
  liability: z.array(liability).min(1, 'name at least one liability type'),
  provisions: z.array(provisionRef).min(1, 'a guide links at least one deciding provision'),
  updated: isoDate,
});
export const guideEn = z.strictObject(guideText);

const caseRoles = ['teller', 'account-manager', 'card-centre-agent', 'call-centre-agent', 'outsourcing-firm', 'bank', 'credit-officer', 'other-staff'] as const;
const caseOutcomes = ['criminal-conviction', 'administrative-penalty', 'civil-judgment', 'other'] as const;
/**
 * What the cited source is: the authority's own page; an official document (judgment, penalty
 * notice, typical-case release) reproduced or quoted by a reprint that names it; or a news report.
 */
export const caseSourceKinds = ['official-page', 'official-document', 'news-report'] as const;

/** A published judgment or penalty decision, told only from its cited public source. */
export const caseZh = z.strictObject({
  title: z.string().min(1),
  authority: z.string().min(1),
  /** Omitted when the source gives none: the page then says so. */
  docNumber: z.string().min(1).optional(),
  date: isoDate.optional(),
  sourceUrl: url,
  sourceKind: z.enum(caseSourceKinds),
  roles: z.array(z.enum(caseRoles)).min(1),
  outcome: z.enum(caseOutcomes),
  provisions: z.array(provisionRef).default([]),
  updated: isoDate,
});
export const caseEn = z.strictObject({ title: z.string().min(1), authority: z.string().min(1) });

/** An onboarding module: objectives, reading, scenario, quiz. */
export const moduleZh = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int().positive(),
  objectives: z.array(z.string().min(1)).min(1),
  provisions: z.array(provisionRef).default([]),
  cases: z.array(slug).default([]),
  minutes: z.number().int().positive(),
  updated: isoDate,
});
export const moduleEn = z.strictObject({ title: z.string().min(1), summary: z.string().min(1), objectives: z.array(z.string().min(1)).min(1) });

/** content/changelog.json: what changed in the content, for the change log page and feed. */
export const changeEntry = z.strictObject({
  date: isoDate,
  kind: z.enum(['added', 'version', 'correction']),
  items: z.array(z.string().regex(/^(?:(?:guides|training|cases)\/[a-z0-9-]+|[a-z0-9-]+\/[1-9]\d*(?:-[1-9]\d*)?)$/, 'must be an item id: instrument/article, guides/…, training/… or cases/…')).min(1),
  note: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
});
export const changelog = z.array(changeEntry);
export type ChangeEntry = z.infer<typeof changeEntry>;
