// Every page the site builds, by path: for the sitemap (and anything else that must list them).
import { listCases, listGuides, listInstruments, listModules, listProvisions } from './gateway.server';
import { locales } from '../i18n/locales';
import { liabilities } from './schema';
import {
  caseHref, changesHref, checkHref, guideHref, handoutHref, homeHref, inForceHref, instrumentHref, liabilityHref,
  parallelHref, provisionHref, provisionsHref, replacedHref, searchHref, trainingHref, versionHref,
} from '../site/urls';
import { versionsOf } from '../provisions/versions';

export function allPaths(): string[] {
  return locales.flatMap((l) => [
    homeHref(l), provisionsHref(l), checkHref(l), searchHref(l), trainingHref(l), caseHref(l), handoutHref(l),
    inForceHref(l), replacedHref(l), changesHref(l), guideHref(l), liabilityHref(l),
    ...liabilities.map((x) => liabilityHref(l, x)),
    ...listInstruments().map((i) => instrumentHref(l, i.slug)),
    ...listProvisions().flatMap((p) => [provisionHref(l, p.id), parallelHref(l, p.id), versionHref(l, p.id), ...versionsOf(p).map((v) => versionHref(l, p.id, v.effective))]),
    ...listGuides().map((g) => guideHref(l, g.slug)),
    ...listModules().map((m) => trainingHref(l, m.slug)),
    ...listCases().map((c) => caseHref(l, c.slug)),
  ]);
}
