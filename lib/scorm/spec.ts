// What the LMS packages are: which SCORM versions, where they are published, and the passing share.
import type { Locale } from '../i18n/locales';

export const scormVersions = ['1.2', '2004'] as const;
export type ScormVersion = (typeof scormVersions)[number];

/** The share of a unit's questions answered correctly that passes it (stated in the manifest and on the page). */
export const MASTERY = 0.8;

/** `course` packages every unit; any other name is one unit's slug. */
export type PackageName = 'course' | (string & {});

/**
 * Beside the unit's page, as DESIGN.md fixes it: `/zh/training/your-duties/your-duties-zh-scorm12.zip`;
 * the course beside the training index: `/en/training/course-en-scorm2004.zip`. The file name alone
 * says what it is once downloaded.
 */
export function packageHref(locale: Locale, name: PackageName, version: ScormVersion): string {
  const file = `${name}-${locale}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
  return name === 'course' ? `/${locale}/training/${file}` : `/${locale}/training/${name}/${file}`;
}
