// What the LMS packages are: which SCORM versions, where they are published, and the passing share.
import type { Locale } from '../i18n/locales';

export const scormVersions = ['1.2', '2004'] as const;
export type ScormVersion = (typeof scormVersions)[number];

/** The share of a unit's questions answered correctly that passes it (stated in the manifest and on the page). */
export const MASTERY = 0.8;

/** `course` packages every unit; any other name is one unit's slug. */
export type PackageName = 'course' | (string & {});

/** `/scorm/zh/your-duties-scorm12.zip`, `/scorm/en/course-scorm2004.zip` */
export function packageHref(locale: Locale, name: PackageName, version: ScormVersion): string {
  return `/scorm/${locale}/${name}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
}
