import { LocalisedChecker } from '@/components/checker/localised-checker';
import { ThresholdsTable } from '@/components/checker/thresholds-table';
import { checkerFacts } from '@/lib/checker/facts.server';
import { checkerLabels } from '@/lib/checker/labels';
import { shortName } from '@/lib/provisions/citation';
import { corpus } from '@/lib/content/gateway.server';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { checkHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, checkHref(locale), checkerLabels[locale].title, checkerLabels[locale].intro);
}

export default async function CheckPage({ params }: Params) {
  const { locale } = await readLocale(params);
  const labels = checkerLabels[locale];
  const all = corpus();
  const facts = checkerFacts(all);
  const names = Object.fromEntries(
    all.provisions.flatMap((p) => {
      const instrument = all.instruments.find((i) => i.slug === p.instrument);
      return instrument ? [[p.id, shortName(instrument, p.article, locale)]] : [];
    }),
  );
  return (
    <main className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{labels.title}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">{labels.intro}</p>
      </header>
      <noscript>
        <p data-testid="checker-needs-js" className="rounded border border-amber-600 p-3">
          {labels.noJs}
        </p>
      </noscript>
      {/* Above the checker: the outcome appears after hydration, and nothing should sit below it to be pushed down. */}
      <ThresholdsTable facts={facts} locale={locale} />
      <LocalisedChecker locale={locale} facts={facts} names={names} />
    </main>
  );
}
