// Every text an article has had, oldest first, the current one included: each is a version with
// its own effective period and a permanent URL.
import type { Doc, Provision } from '../content/corpus';
import type { Locale } from '../i18n/locales';
import type { Status } from '../content/schema';

export interface Version {
  effective: string;
  until?: string;
  status: Status;
  enactedBy?: string;
  heading: Record<Locale, string | undefined>;
  doc: Record<Locale, Doc>;
  current: boolean;
}

export function versionsOf(p: Provision): Version[] {
  const earlier = p.earlier.map<Version>((v) => ({
    effective: v.facts.effective,
    until: v.facts.until,
    status: v.facts.status,
    enactedBy: v.facts.enactedBy,
    heading: { zh: v.heading.zh, en: v.heading.en },
    doc: v.doc,
    current: false,
  }));
  const latest: Version = {
    effective: p.facts.effective,
    until: p.facts.until,
    status: p.facts.status,
    enactedBy: p.facts.enactedBy,
    heading: p.heading,
    doc: p.doc,
    current: true,
  };
  return [...earlier, latest].sort((a, b) => a.effective.localeCompare(b.effective));
}

/** The version in force on `date` (YYYY-MM-DD), if any. */
export function versionOn(versions: Version[], date: string): Version | undefined {
  return versions.find((v) => v.effective <= date && (!v.until || date <= v.until));
}

/** The statute text of a version as one string, paragraph per line. */
export function statuteText(doc: Doc): string {
  return doc.paragraphs.map((p) => [p.text, ...p.items.map((i) => i.text)].join('\n')).join('\n');
}
