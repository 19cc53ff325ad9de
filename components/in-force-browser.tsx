'use client';
// Point in time: choose a date, see which text of each provision applied. The date lives in the
// URL (?date=YYYY-MM-DD). Before a date is chosen (and without JavaScript) every version is
// listed with its period.
import Link from 'next/link';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { inForceOn, parseDate, type TimelineEntry } from '@/lib/provisions/point-in-time';
import { StatusBadge } from './status-badge';
import { useQueryState } from './use-query-state';

export function InForceBrowser({ locale, entries }: { locale: Locale; entries: TimelineEntry[] }) {
  const dict = t(locale);
  const [date, setDate] = useQueryState(
    '',
    (params) => parseDate(params.get('date')) ?? '',
    (d) => (d ? `date=${d}` : ''),
  );
  const shown = date ? inForceOn(entries, date) : entries;
  return (
    <div className="space-y-4">
      <label className="flex flex-wrap items-center gap-2">
        <span>{dict.inForce.date}</span>
        <input
          type="date"
          value={date}
          min="1990-01-01"
          max="2100-12-31"
          data-testid="in-force-date"
          onChange={(e) => setDate(parseDate(e.target.value) ?? '')}
          className="rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900"
        />
      </label>
      {date && <p data-testid="in-force-count">{shown.length ? dict.inForce.count(shown.length, date) : dict.inForce.none}</p>}
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" data-testid="in-force-list">
        {shown.map((e) => (
          <li key={`${e.id}@${e.effective}`} data-entry={`${e.id}@${e.effective}`} className="flex flex-wrap items-baseline gap-x-3 py-2">
            <Link href={e.url} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {e.title}
            </Link>
            <span>{e.heading}</span>
            <StatusBadge status={e.status} locale={locale} />
            <span className="text-sm text-neutral-600 dark:text-neutral-400">{dict.effectivePeriod(e.effective, e.until)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
