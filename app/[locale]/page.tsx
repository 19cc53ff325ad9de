import Link from 'next/link';
import { GuideList } from '@/components/guide-list';
import { LiabilityCards } from '@/components/liability-cards';
import { ProvisionList } from '@/components/provision-list';
import { SaveOffline } from '@/components/save-offline';
import { listGuides, listMostCited, listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { checkHref, homeHref, provisionsHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  // The web app manifest is linked from the home pages only: on every page it cost phones
  // 100–200 ms of blocking time (measured), and installing starts from home anyway.
  return { ...pageMetadata(locale, homeHref(locale), t(locale).siteName, t(locale).siteTagline), manifest: '/manifest.webmanifest' };
}

const liabilities = ['civil', 'criminal', 'administrative'] as const;

export default async function Home({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  const guides = listGuides();
  const current = listProvisions().filter((p) => p.facts.status === 'current').length;
  // A short list, not all of them: the full list made up four fifths of the page (and of
  // the work of hydrating it on a phone), and the provisions index has it.
  const mostCited = listMostCited(locale, 10);
  return (
    <main className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{dict.siteName}</h1>
        <p className="text-lg text-neutral-700 dark:text-neutral-300">{dict.siteTagline}</p>
      </header>

      <section aria-labelledby="check-cta" className="rounded-lg border-2 border-blue-700 p-5 dark:border-blue-400">
        <h2 id="check-cta" className="text-xl font-semibold">
          <Link href={checkHref(locale)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
            {dict.checkCta} →
          </Link>
        </h2>
        <p className="mt-1 text-neutral-700 dark:text-neutral-300">{dict.checkCtaBody}</p>
      </section>

      <section aria-labelledby="three-liabilities">
        <h2 id="three-liabilities" className="mb-4 text-xl font-semibold">
          {dict.threeLiabilities}
        </h2>
        <LiabilityCards locale={locale} liabilities={liabilities} columns="sm:grid-cols-3" />
      </section>

      {guides.length > 0 && (
        <section aria-labelledby="guides">
          <h2 id="guides" className="mb-2 text-xl font-semibold">
            {dict.guides}
          </h2>
          <p className="mb-3 text-neutral-700 dark:text-neutral-300">{dict.guidesIntro}</p>
          <GuideList locale={locale} guides={guides} className="space-y-2" />
        </section>
      )}

      <section aria-labelledby="provisions">
        <h2 id="provisions" className="mb-2 text-xl font-semibold">
          {dict.mostCited}
        </h2>
        <p className="mb-3 text-neutral-700 dark:text-neutral-300">{dict.mostCitedIntro}</p>
        <ProvisionList provisions={mostCited} locale={locale} withInstrument />
        <p className="mt-3">
          <Link href={provisionsHref(locale)} className="text-blue-800 underline dark:text-blue-300" data-testid="all-provisions">
            {dict.allProvisions(current)} →
          </Link>
        </p>
      </section>

      <SaveOffline locale={locale} />
    </main>
  );
}
