import { notFound } from 'next/navigation';
import { FactList } from '@/components/fact-list';
import { AddToHandout } from '@/components/handout/add-to-handout';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { getCase, getProvisionById, listCases } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale, withLocales } from '@/lib/site/params';
import { caseHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listCases().map((c) => ({ slug: c.slug })));
}

async function load(params: Params['params']) {
  const { locale, slug } = await readLocale(params);
  const c = getCase(slug);
  if (!c) notFound();
  return { locale, c };
}

export async function generateMetadata({ params }: Params) {
  const { locale, c } = await load(params);
  return pageMetadata(
    locale,
    caseHref(locale, c.slug),
    c.text[locale].title,
    `${c.text[locale].authority} · ${c.facts.date ?? ''} · ${c.doc[locale].prose}`,
  );
}

export default async function CasePage({ params }: Params) {
  const { locale, c } = await load(params);
  const dict = t(locale).cases;
  return (
    <main className="space-y-6" data-case={c.slug} data-handout>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{c.text[locale].title}</h1>
        <FactList
          rows={[
            [dict.authority, c.text[locale].authority],
            [dict.docNumber, c.facts.docNumber ?? dict.notGiven],
            [dict.date, c.facts.date ?? dict.notGiven],
            [
              dict.source,
              <a key="s" href={c.facts.sourceUrl} rel="external nofollow" className="break-all underline">
                {c.facts.sourceUrl}
              </a>,
            ],
            [
              dict.sourceKind,
              <span key="k" data-source-kind={c.facts.sourceKind}>
                {dict.sourceKinds[c.facts.sourceKind]}
              </span>,
            ],
            [
              dict.outcome,
              `${dict.outcomes[c.facts.outcome]} · ${c.facts.roles.map((r) => dict.roles[r]).join(locale === 'zh' ? '、' : ', ')}`,
            ],
          ]}
        />
        <div data-handout-skip>
          <AddToHandout id={`cases/${c.slug}`} locale={locale} />
        </div>
      </header>
      <article className="prose max-w-none dark:prose-invert">
        <MdxContent code={c.doc[locale].code} locale={locale} />
      </article>
      {c.facts.provisions.length > 0 && (
        <section aria-labelledby="applied" data-handout-skip>
          <h2 id="applied" className="mb-2 text-xl font-semibold">
            {dict.provisions}
          </h2>
          <ProvisionList provisions={c.facts.provisions.flatMap((p) => getProvisionById(p) ?? [])} locale={locale} />
        </section>
      )}
    </main>
  );
}
