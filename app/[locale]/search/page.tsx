import Link from 'next/link';
import { SearchPage } from '@/components/search/search-page';
import { listInstruments } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { provisionsHref, searchHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, searchHref(locale), t(locale).search.title, t(locale).search.description);
}

export default async function Search({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  const instruments = listInstruments().map((i) => ({ slug: i.slug, name: i.names[locale].short }));
  return (
    <main className="space-y-6">
      <h1 className="text-3xl font-bold">{dict.search.title}</h1>
      <noscript>
        <p data-testid="search-needs-js">
          {dict.search.needsJs}{' '}
          <Link href={provisionsHref(locale)} className="underline">
            {dict.search.browseAll}
          </Link>
          .
        </p>
      </noscript>
      <SearchPage locale={locale} instruments={instruments} />
    </main>
  );
}
