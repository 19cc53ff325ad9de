import Link from 'next/link';
import type { Instrument, Provision } from '@/lib/content/corpus';
import type { Locale } from '@/lib/i18n/locales';
import { citeProvision } from '@/lib/provisions/citation';
import { provisionHref } from '@/lib/site/urls';

/** The heading of a page about one article (a version, the versions, side by side): its citation, linking the article, and what this page shows. */
export function ArticlePageTitle({
  instrument,
  provision,
  locale,
  subtitle,
}: {
  instrument: Instrument;
  provision: Provision;
  locale: Locale;
  subtitle: string;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold">
        <Link href={provisionHref(locale, provision.id)} className="underline-offset-4 hover:underline">
          {citeProvision(instrument, provision.article, locale)}
        </Link>
      </h1>
      <p className="text-lg">{subtitle}</p>
    </>
  );
}
