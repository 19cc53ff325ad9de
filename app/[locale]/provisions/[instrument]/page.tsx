import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactList } from '@/components/fact-list';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { StatusBadge } from '@/components/status-badge';
import { articleLabel } from '@/lib/provisions/citation';
import { getInstrument, listInstruments, listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale, withLocales } from '@/lib/site/params';
import { instrumentHref, provisionHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string; instrument: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listInstruments().map((i) => ({ instrument: i.slug })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, instrument: slug } = await readLocale(params);
  const instrument = getInstrument(slug);
  if (!instrument) notFound();
  const { title, short } = instrument.names[locale];
  // Two instruments can share a title (the 2016 and 2020 PBOC measures): the short name tells them apart.
  return pageMetadata(locale, instrumentHref(locale, slug), `${title} · ${short}`, `${short}: ${instrument.doc[locale].prose}`);
}

export default async function InstrumentPage({ params }: Params) {
  const { locale, instrument: slug } = await readLocale(params);
  const instrument = getInstrument(slug);
  if (!instrument) notFound();
  const dict = t(locale);
  const { facts } = instrument;
  const successor = facts.replacedBy ? getInstrument(facts.replacedBy) : undefined;
  const renumbered = listProvisions(slug).filter((p) => p.facts.formerNumbers.length > 0);
  return (
    <main className="space-y-6" data-instrument={slug} data-status={facts.status}>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{instrument.names[locale].title}</h1>
        <StatusBadge status={facts.status} locale={locale} />
      </header>
      <FactList
        rows={[
          [dict.issuer, instrument.names[locale].issuer],
          [dict.docNumber, facts.docNumber],
          [dict.promulgated, facts.promulgated],
          [dict.effectiveFrom, facts.effective],
          [dict.lastAmended, facts.lastAmended],
          [dict.statusOf, facts.repealedOn ? dict.repealedOn(facts.repealedOn) : dict.status[facts.status]],
          [
            dict.statusChecked,
            <span key="c" data-status-checked={facts.statusChecked}>
              {facts.statusChecked}
            </span>,
          ],
          [
            dict.replacedBy,
            successor && (
              <a href={instrumentHref(locale, successor.slug)} className="underline">
                {successor.names[locale].title}
              </a>
            ),
          ],
          [
            dict.officialSource,
            <a key="src" href={facts.officialUrl} className="break-all underline" rel="external">
              {facts.officialUrl}
            </a>,
          ],
        ]}
      />
      <div className="prose max-w-none dark:prose-invert">
        <MdxContent code={instrument.doc[locale].code} locale={locale} />
      </div>
      {renumbered.length > 0 && (
        <section aria-labelledby="renumbered">
          <h2 id="renumbered" className="mb-2 text-xl font-semibold">
            {dict.renumbered}
          </h2>
          <p className="mb-2 text-sm text-neutral-700 dark:text-neutral-300">{dict.renumberedIntro}</p>
          <table className="text-sm" data-testid="renumbering">
            <thead>
              <tr>
                <th scope="col" className="pe-6 text-start">
                  {dict.formerNumber}
                </th>
                <th scope="col" className="text-start">
                  {dict.currentNumber}
                </th>
              </tr>
            </thead>
            <tbody>
              {renumbered.flatMap((p) =>
                p.facts.formerNumbers.map((f) => (
                  <tr key={`${p.id}-${f.number}`}>
                    <td className="pe-6">
                      {articleLabel(f.number, locale)}{' '}
                      <span className="text-neutral-600 dark:text-neutral-400">({dict.untilDate(f.until)})</span>
                    </td>
                    <td>
                      <Link href={provisionHref(locale, p.id)} className="underline">
                        {articleLabel(p.article, locale)}
                      </Link>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="here">
        <h2 id="here" className="mb-2 text-xl font-semibold">
          {dict.provisionsHere}
        </h2>
        <ProvisionList provisions={listProvisions(slug)} locale={locale} withInstrument={false} />
      </section>
    </main>
  );
}
