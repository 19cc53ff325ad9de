import Link from 'next/link';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { versionHref } from '@/lib/site/urls';
import type { Version } from '@/lib/provisions/versions';
import { StatusBadge } from '../status-badge';

/** Every version of an article, each linking its permanent URL; `active` marks the one shown. */
export function VersionList({ versions, id, locale, active }: { versions: Version[]; id: string; locale: Locale; active?: string }) {
  const dict = t(locale);
  return (
    <ol className="space-y-1" data-testid="version-list">
      {versions.map((v) => (
        <li key={v.effective} className="flex flex-wrap items-center gap-2">
          <StatusBadge status={v.status} locale={locale} />
          {v.effective === active ? (
            <span aria-current="page">
              {dict.versions.version(v.effective, v.until)} ({dict.versions.this})
            </span>
          ) : (
            <Link href={versionHref(locale, id, v.effective)} className="underline">
              {dict.versions.version(v.effective, v.until)}
            </Link>
          )}
          {v.enactedBy && <span className="text-sm text-neutral-600 dark:text-neutral-400">{v.enactedBy}</span>}
        </li>
      ))}
    </ol>
  );
}
