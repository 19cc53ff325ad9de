import Link from 'next/link';
import { FactList } from '@/components/fact-list';
import { AddToHandout } from '@/components/handout/add-to-handout';
import { CitePanel, type CiteContext } from '@/components/provision/cite-tools';
import { VersionList } from '@/components/provision/version-list';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { StatusBadge } from '@/components/status-badge';
import { citeProvision, shortName } from '@/lib/provisions/citation';
import { getInstrument, getProvisionById, listCitedBy, listPredecessors } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { colon, htmlLang, otherLocale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { articleZh } from '@/lib/provisions/numerals';
import { provisionStaticParams, readProvision, type ProvisionParams } from '@/lib/provisions/route.server';
import { describePenalty } from '@/lib/provisions/penalty-format';
import { instrumentHref, liabilityHref, parallelHref, provisionHref, provisionsHref } from '@/lib/site/urls';
import { versionsOf } from '@/lib/provisions/versions';

type Params = { params: ProvisionParams };

export const dynamicParams = false;
export const generateStaticParams = provisionStaticParams;
const load = readProvision;

export async function generateMetadata({ params }: Params) {
  const { locale, provision, instrument } = await load(params);
  const title = `${citeProvision(instrument, provision.article, locale)} ${provision.heading[locale]}`;
  const first = provision.doc[locale].paragraphs[0]?.text ?? '';
  return pageMetadata(
    locale,
    provisionHref(locale, provision.id),
    title,
    `${shortName(instrument, provision.article, locale)}${colon(locale)}${first}`,
  );
}

export default async function ProvisionPage({ params }: Params) {
  const { locale, provision, instrument } = await load(params);
  const dict = t(locale);
  const { facts } = provision;
  const link = (id: string) => {
    const p = getProvisionById(id.split('#')[0]);
    const i = p && getInstrument(p.instrument);
    return p && i ? (
      <Link href={provisionHref(locale, id)} className="underline">
        {citeProvision(i, p.article, locale)}
      </Link>
    ) : (
      id
    );
  };
  const predecessors = listPredecessors(provision.id);
  const cite: CiteContext = { names: instrument.names, article: provision.article, locale, path: provisionHref(locale, provision.id) };
  return (
    <main data-provision={provision.id} data-status={facts.status} data-handout className="space-y-6">
      <nav aria-label="breadcrumb" data-handout-skip className="text-sm text-neutral-600 dark:text-neutral-400 print:hidden">
        <Link href={provisionsHref(locale)} className="underline">
          {dict.nav.provisions}
        </Link>
        {' › '}
        <Link href={instrumentHref(locale, instrument.slug)} className="underline">
          {instrument.names[locale].short}
        </Link>
      </nav>

      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          <span lang={htmlLang.zh}>{citeProvision(instrument, provision.article, 'zh')}</span>
          {locale === 'en' && (
            <span className="mt-1 block text-xl font-semibold">{citeProvision(instrument, provision.article, 'en')}</span>
          )}
        </h1>
        <p className="text-lg">
          {provision.heading[locale]}
          <span className="ms-3 text-sm text-neutral-600 dark:text-neutral-400">
            {articleZh(provision.article)} · Art. {provision.article}
          </span>
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="in-force-note">
          <StatusBadge status={facts.status} locale={locale} />
          <span>
            {facts.status === 'current'
              ? dict.inForceNote(facts.effective, facts.sources.checked)
              : `${dict.effectivePeriod(facts.effective, facts.until)} · ${dict.checkedOn(facts.sources.checked)}`}
          </span>
        </p>
        <div data-handout-skip className="flex flex-wrap items-center gap-3">
          <CitePanel ctx={cite} />
          <Link href={parallelHref(locale, provision.id)} className="text-sm underline print:hidden">
            {dict.parallel.open}
          </Link>
          <AddToHandout id={provision.id} locale={locale} />
        </div>
      </header>

      {locale === 'en' && (
        <p
          role="note"
          data-testid="translation-notice"
          className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
        >
          {dict.translationNotice} {dict.chinesePrevails}{' '}
          <Link href={provisionHref(otherLocale(locale), provision.id)} hrefLang={htmlLang.zh} className="underline">
            {dict.readInChinese}
          </Link>
        </p>
      )}

      <section
        aria-label={dict.text}
        lang={htmlLang[locale]}
        data-statute-text
        className="prose max-w-none border-s-4 border-neutral-300 ps-4 dark:border-neutral-700 dark:prose-invert"
      >
        <MdxContent code={provision.doc[locale].code} locale={locale} part="text" tools={cite} />
      </section>

      <div className="prose max-w-none dark:prose-invert">
        <MdxContent code={provision.doc[locale].code} locale={locale} part="commentary" />
      </div>

      <section
        aria-labelledby="facts"
        data-handout-skip
        className="space-y-3 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <h2 id="facts" className="text-lg font-semibold">
          {dict.onThisPage}
        </h2>
        <FactList
          rows={[
            [
              dict.liabilityTypes,
              <span key="l" className="flex flex-wrap gap-2">
                {facts.liability.map((l) => (
                  <Link key={l} href={liabilityHref(locale, l)} className="underline">
                    {dict.liability[l]}
                  </Link>
                ))}
              </span>,
            ],
            [dict.binds, facts.binds.map((b) => dict.party[b]).join(locale === 'zh' ? '、' : '; ')],
            [dict.enactedBy, facts.enactedBy],
            [
              dict.replacedBy,
              facts.replacedBy.length ? (
                <span className="flex flex-col">
                  {facts.replacedBy.map((r) => (
                    <span key={r}>{link(r)}</span>
                  ))}
                </span>
              ) : undefined,
            ],
            [
              dict.formerly,
              predecessors.length ? (
                <span className="flex flex-col">
                  {predecessors.map((p) => (
                    <span key={p.id}>{link(p.id)}</span>
                  ))}
                </span>
              ) : facts.formerNumbers.length ? (
                facts.formerNumbers.map((f) => dict.formerNumbers(f.number, f.until)).join('; ')
              ) : undefined,
            ],
            [
              dict.officialSource,
              <a key="o" href={facts.sources.official} rel="external" className="break-all underline">
                {facts.sources.official}
              </a>,
            ],
            [
              dict.comparedCopies,
              <span key="c" className="flex flex-col break-all">
                {facts.sources.compared.map((c) => (
                  <span key={c}>{c}</span>
                ))}
              </span>,
            ],
          ]}
        />
        {facts.penalties.length > 0 && (
          <div>
            <h3 className="mt-2 font-semibold">{dict.penalties}</h3>
            <ul className="list-disc ps-6 text-sm">
              {facts.penalties.map((p, i) => (
                <li key={i}>
                  {dict.party[p.on]}
                  {colon(locale)}
                  {describePenalty(p, locale)}
                  {p.anchor && (
                    <>
                      {' '}
                      (
                      <a href={`#${p.anchor}`} className="underline">
                        {p.anchor}
                      </a>
                      )
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {provision.earlier.length > 0 && (
        <nav aria-labelledby="versions" data-handout-skip>
          <h2 id="versions" className="mb-2 text-xl font-semibold">
            {dict.versions.title}
          </h2>
          <VersionList versions={versionsOf(provision)} id={provision.id} locale={locale} active={facts.effective} />
        </nav>
      )}

      {(['cites', 'citedBy'] as const).map((kind) => {
        const list = kind === 'cites' ? provision.doc.zh.cites.flatMap((id) => getProvisionById(id) ?? []) : listCitedBy(provision.id);
        return list.length === 0 ? null : (
          <section key={kind} aria-labelledby={kind} data-handout-skip data-testid={kind}>
            <h2 id={kind} className="mb-2 text-xl font-semibold">
              {dict[kind]}
            </h2>
            <ProvisionList provisions={list} locale={locale} />
          </section>
        );
      })}

      {facts.related.length > 0 && (
        <section aria-labelledby="related" data-handout-skip>
          <h2 id="related" className="mb-2 text-xl font-semibold">
            {dict.related}
          </h2>
          <ProvisionList provisions={facts.related.flatMap((r) => getProvisionById(r) ?? [])} locale={locale} />
        </section>
      )}
    </main>
  );
}
