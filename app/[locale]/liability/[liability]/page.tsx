import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProvisionList } from '@/components/provision-list';
import { listByLiability } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale, withLocales } from '@/lib/site/params';
import { liabilities, type Liability } from '@/lib/content/schema';
import { guideHref, liabilityHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string; liability: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(liabilities.map((liability) => ({ liability })));
}

function isLiability(value: string): value is Liability {
  return (liabilities as readonly string[]).includes(value);
}

async function load(params: Params['params']) {
  const { locale, liability } = await readLocale(params);
  if (!isLiability(liability)) notFound();
  return { locale, liability };
}

export async function generateMetadata({ params }: Params) {
  const { locale, liability } = await load(params);
  return pageMetadata(locale, liabilityHref(locale, liability), t(locale).liability[liability], t(locale).liabilityIntro[liability]);
}

export default async function LiabilityPage({ params }: Params) {
  const { locale, liability } = await load(params);
  const dict = t(locale);
  const { provisions, guides } = listByLiability(liability);
  const inForce = provisions.filter((p) => p.facts.status === 'current');
  const past = provisions.filter((p) => p.facts.status !== 'current');
  return (
    <main className="space-y-8" data-liability={liability}>
      <header>
        <h1 className="text-3xl font-bold">{dict.liability[liability]}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{dict.liabilityIntro[liability]}</p>
      </header>
      {guides.length > 0 && (
        <section aria-labelledby="guides">
          <h2 id="guides" className="mb-2 text-xl font-semibold">
            {dict.guides}
          </h2>
          <ul className="list-disc space-y-1 ps-6">
            {guides.map((g) => (
              <li key={g.slug}>
                <Link href={guideHref(locale, g.slug)} className="text-blue-800 underline dark:text-blue-300">
                  {g.text[locale].title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="in-force">
        <h2 id="in-force" className="mb-2 text-xl font-semibold">
          {dict.status.current}
        </h2>
        {inForce.length ? <ProvisionList provisions={inForce} locale={locale} /> : <p>{dict.noneYet}</p>}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past">
          <h2 id="past" className="mb-2 text-xl font-semibold">
            {dict.status.amended} / {dict.status.repealed}
          </h2>
          <ProvisionList provisions={past} locale={locale} />
        </section>
      )}
    </main>
  );
}
