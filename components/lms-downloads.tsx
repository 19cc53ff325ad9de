// "Download for your LMS": a unit's packages, or the whole course's, in both SCORM versions.
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { packageDownloads } from '@/lib/scorm/downloads.server';
import { MASTERY, type PackageName } from '@/lib/scorm/spec';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function LmsDownloads({ locale, names }: { locale: Locale; names: { name: PackageName; label: string }[] }) {
  const dict = t(locale).lms;
  return (
    <section
      aria-labelledby="lms-downloads"
      data-testid="lms-downloads"
      data-handout-skip
      className="rounded-lg border border-neutral-200 p-4 dark:border-neutral-800 print:hidden"
    >
      <h2 id="lms-downloads" className="mb-2 text-xl font-semibold">
        {dict.download}
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {dict.downloadIntro} {dict.mastery(Math.round(MASTERY * 100))}
      </p>
      <ul className="mt-3 space-y-2">
        {names.map(({ name, label }) => (
          <li key={name}>
            <span className="font-medium">{label}</span>
            {': '}
            {packageDownloads(locale, name).map((d, i) => (
              <span key={d.version}>
                {i > 0 && ' · '}
                <a href={d.href} download className="underline" data-scorm={d.version}>
                  SCORM {d.version === '2004' ? '2004 (4th ed.)' : d.version}
                </a>{' '}
                <span className="text-sm text-neutral-600 dark:text-neutral-400">({kb(d.bytes)}, zip)</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
