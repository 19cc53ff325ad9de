import Link from 'next/link';
import { articleLabel, shortName } from '@/lib/provisions/citation';
import { getInstrument } from '@/lib/content/gateway.server';
import type { Provision } from '@/lib/content/corpus';
import type { Locale } from '@/lib/i18n/locales';
import { provisionHref } from '@/lib/site/urls';
import { StatusBadge } from './status-badge';

/** A list of provisions with their status; `withInstrument` names the instrument on each line. */
export function ProvisionList({
  provisions,
  locale,
  withInstrument = true,
}: {
  provisions: Provision[];
  locale: Locale;
  withInstrument?: boolean;
}) {
  return (
    <ul className="not-prose divide-y divide-neutral-200 dark:divide-neutral-800" data-testid="provision-list">
      {provisions.map((p) => {
        const instrument = getInstrument(p.instrument);
        const name = withInstrument && instrument ? shortName(instrument, p.article, locale) : articleLabel(p.article, locale);
        return (
          <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
            <Link
              href={provisionHref(locale, p.id)}
              className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
            >
              {name}
            </Link>
            <span className="text-neutral-700 dark:text-neutral-300">{p.heading[locale]}</span>
            <StatusBadge status={p.facts.status} locale={locale} />
          </li>
        );
      })}
    </ul>
  );
}
