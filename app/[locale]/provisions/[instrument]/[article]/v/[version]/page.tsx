import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx-content';
import { ArticlePageTitle } from '@/components/provision/article-page-title';
import { StatusBadge } from '@/components/status-badge';
import { VersionDiff } from '@/components/provision/version-diff';
import { VersionList } from '@/components/provision/version-list';
import { citeProvision, shortName } from '@/lib/provisions/citation';
import { listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { htmlLang } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { withLocales } from '@/lib/site/params';
import { readProvision } from '@/lib/provisions/route.server';
import { provisionHref, versionHref } from '@/lib/site/urls';
import { statuteText, versionsOf } from '@/lib/provisions/versions';

type Params = { params: Promise<{ locale: string; instrument: string; article: string; version: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(
    listProvisions().flatMap((p) => versionsOf(p).map((v) => ({ instrument: p.instrument, article: p.article, version: v.effective }))),
  );
}

async function load(params: Params['params']) {
  const { locale, provision, instrument, version: effective } = await readProvision(params);
  const versions = versionsOf(provision);
  const at = versions.findIndex((v) => v.effective === effective);
  if (at < 0) notFound();
  return { locale, provision, instrument, versions, version: versions[at], previous: versions[at - 1] };
}

export async function generateMetadata({ params }: Params) {
  const { locale, provision, instrument, version } = await load(params);
  const dict = t(locale);
  const title = `${citeProvision(instrument, provision.article, locale)} · ${dict.versions.version(version.effective, version.until)}`;
  return pageMetadata(
    locale,
    versionHref(locale, provision.id, version.effective),
    title,
    `${shortName(instrument, provision.article, locale)} · ${version.effective}: ${version.doc[locale].paragraphs[0]?.text ?? ''}`,
  );
}

export default async function VersionPage({ params }: Params) {
  const { locale, provision, instrument, versions, version, previous } = await load(params);
  const dict = t(locale);
  return (
    <main
      data-provision={provision.id}
      data-version={version.effective}
      data-status={version.status}
      data-current={version.current}
      className="space-y-6"
    >
      <header className="space-y-2">
        <ArticlePageTitle
          instrument={instrument}
          provision={provision}
          locale={locale}
          subtitle={dict.versions.version(version.effective, version.until)}
        />
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={version.status} locale={locale} />
          {version.enactedBy && (
            <span>
              {dict.enactedBy}: {version.enactedBy}
            </span>
          )}
        </p>
      </header>
      {!version.current && (
        <p
          role="note"
          data-testid="not-current"
          className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
        >
          <strong>{dict.versions.notCurrent}</strong>{' '}
          <Link href={provisionHref(locale, provision.id)} className="underline">
            {dict.versions.readCurrent}
          </Link>
        </p>
      )}
      {locale === 'en' && (
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
          {dict.translationNotice}
        </p>
      )}
      <section
        aria-label={dict.text}
        lang={htmlLang[locale]}
        data-statute-text
        className="prose max-w-none border-s-4 border-neutral-300 ps-4 dark:border-neutral-700 dark:prose-invert"
      >
        <MdxContent code={version.doc[locale].code} locale={locale} part="text" />
      </section>
      {previous && (
        <section aria-labelledby="changes" className="space-y-2">
          <h2 id="changes" className="text-xl font-semibold">
            {dict.versions.changes}
          </h2>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{dict.versions.compare(previous.effective)}</p>
          <VersionDiff
            before={statuteText(previous.doc[locale])}
            after={statuteText(version.doc[locale])}
            locale={locale}
            labels={dict.versions}
          />
        </section>
      )}
      <nav aria-labelledby="all-versions">
        <h2 id="all-versions" className="mb-2 text-xl font-semibold">
          {dict.versions.title}
        </h2>
        <VersionList versions={versions} id={provision.id} locale={locale} active={version.effective} />
      </nav>
    </main>
  );
}
