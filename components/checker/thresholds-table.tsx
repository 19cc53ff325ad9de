import Link from 'next/link';
import type { CheckerFacts } from '@/lib/checker/facts';
import { infoMeasures } from '@/lib/checker/facts';
import { checkerLabels } from '@/lib/checker/labels';
import type { Locale } from '@/lib/i18n/locales';
import { provisionHref } from '@/lib/site/urls';

/** The quantity thresholds as a table: the checker's reference, and all there is without JavaScript. */
export function ThresholdsTable({ facts, locale }: { facts: CheckerFacts; locale: Locale }) {
  const labels = checkerLabels[locale];
  const { serious, duty, especially } = facts.info;
  const fmt = (n: number) => n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en');
  return (
    <section aria-labelledby="thresholds" className="space-y-2">
      <h2 id="thresholds" className="text-xl font-semibold">
        {labels.thresholdsTitle}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="thresholds">
          <thead>
            <tr>
              {labels.tableHead.map((h) => (
                <th key={h} scope="col" className="border-b border-neutral-300 p-1 text-start dark:border-neutral-700">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {infoMeasures.map((m) => (
              <tr key={m}>
                <th scope="row" className="p-1 text-start font-normal">
                  {labels.measures[m]}
                </th>
                <td className="p-1">
                  <Link href={provisionHref(locale, serious[m].cite)} className="underline">
                    {fmt(serious[m].value)}
                  </Link>
                </td>
                <td className="p-1">
                  <Link href={provisionHref(locale, duty[m].cite)} className="underline">
                    {fmt(duty[m].value)}
                  </Link>
                </td>
                <td className="p-1">
                  <Link href={provisionHref(locale, especially.cite)} className="underline">
                    {fmt(serious[m].value * especially.multiplier)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
