// "Download for your LMS": a unit's packages, or the whole course's, in both SCORM versions.
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { packageDownloads } from '@/lib/scorm/downloads.server';
import { MASTERY, type PackageName } from '@/lib/scorm/spec';
import { Panel } from './panel';

export function LmsDownloads({ locale, names }: { locale: Locale; names: { name: PackageName; label: string }[] }) {
  const dict = t(locale).lms;
  return (
    <Panel id="lms-downloads" title={dict.download} testId="lms-downloads" handoutSkip className="print:hidden">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {dict.downloadIntro} {dict.mastery(Math.round(MASTERY * 100))}
      </p>
      <ul className="mt-3 space-y-2">
        {names.map(({ name, label }) => (
          <li key={name}>
            <span className="font-medium">{dict.labelled(label)}</span>
            {packageDownloads(locale, name).map((d, i) => (
              <span key={d.version}>
                {i > 0 && ' · '}
                <a href={d.href} download className="underline" data-scorm={d.version}>
                  {dict.version(d.version)}
                </a>
                <span className="text-sm text-neutral-600 dark:text-neutral-400">
                  {dict.zipSize(Math.max(1, Math.round(d.bytes / 1024)))}
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
