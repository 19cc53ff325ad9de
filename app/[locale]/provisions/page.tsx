import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import { listInstruments, listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { instrumentKinds } from '@/lib/content/schema';
import { changesHref, inForceHref, instrumentHref, provisionsHref, replacedHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, provisionsHref(locale), t(locale).instrumentsTitle, t(locale).instrumentsIntro);
}

export default async function Instruments({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  const instruments = listInstruments();
  return (
    <main className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{dict.instrumentsTitle}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{dict.instrumentsIntro}</p>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <Link href={inForceHref(locale)} className="underline">
            {dict.inForce.title}
          </Link>
          <Link href={replacedHref(locale)} className="underline">
            {dict.replaced.title}
          </Link>
          <Link href={changesHref(locale)} className="underline">
            {dict.changes.title}
          </Link>
        </p>
      </header>
      {instrumentKinds.map((kind) => {
        const group = instruments.filter((i) => i.facts.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="mb-2 text-xl font-semibold">
              {dict.kind[kind]}
            </h2>
            <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
              {group.map((i) => (
                <li key={i.slug} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-instrument={i.slug}>
                  <Link
                    href={instrumentHref(locale, i.slug)}
                    className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
                  >
                    {i.names[locale].title}
                  </Link>
                  <StatusBadge status={i.facts.status} locale={locale} />
                  <span className="text-sm text-neutral-600 dark:text-neutral-400">
                    {i.facts.repealedOn ? dict.repealedOn(i.facts.repealedOn) : `${dict.effectiveFrom} ${i.facts.effective}`}
                    {' · '}
                    {dict.provisionCount(listProvisions(i.slug).length)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
