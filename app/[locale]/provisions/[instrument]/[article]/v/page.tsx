import { ArticlePageTitle } from '@/components/provision/article-page-title';
import { VersionList } from '@/components/provision/version-list';
import { citeProvision, shortName } from '@/lib/provisions/citation';
import { listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { withLocales } from '@/lib/site/params';
import { readProvision } from '@/lib/provisions/route.server';
import { versionHref } from '@/lib/site/urls';
import { versionsOf } from '@/lib/provisions/versions';

type Params = { params: Promise<{ locale: string; instrument: string; article: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listProvisions().map((p) => ({ instrument: p.instrument, article: p.article })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, provision, instrument } = await readProvision(params);
  const dict = t(locale).versions;
  const cite = citeProvision(instrument, provision.article, locale);
  return pageMetadata(
    locale,
    versionHref(locale, provision.id),
    `${cite} · ${dict.title}`,
    dict.listDescription(shortName(instrument, provision.article, locale), versionsOf(provision).length),
  );
}

/** Every text of one article: the page a reader reaches by trimming a version's URL. */
export default async function VersionsPage({ params }: Params) {
  const { locale, provision, instrument } = await readProvision(params);
  const dict = t(locale);
  return (
    <main data-provision={provision.id} className="space-y-6">
      <header className="space-y-2">
        <ArticlePageTitle instrument={instrument} provision={provision} locale={locale} subtitle={dict.versions.title} />
      </header>
      <VersionList versions={versionsOf(provision)} id={provision.id} locale={locale} />
    </main>
  );
}
