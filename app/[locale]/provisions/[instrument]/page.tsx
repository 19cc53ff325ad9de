import { notFound } from 'next/navigation';
import { FactList } from '@/components/fact-list';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { StatusBadge } from '@/components/status-badge';
import { getInstrument, listInstruments, listProvisions } from '@/lib/content.server';
import { t } from '@/lib/dictionary';
import { pageMetadata } from '@/lib/metadata';
import { readLocale, withLocales } from '@/lib/params';
import { instrumentHref } from '@/lib/urls';

type Params = { params: Promise<{ locale: string; instrument: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listInstruments().map((i) => ({ instrument: i.slug })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, instrument: slug } = await readLocale(params);
  const instrument = getInstrument(slug);
  if (!instrument) notFound();
  return pageMetadata(locale, instrumentHref(locale, slug), instrument.names[locale].title);
}

export default async function InstrumentPage({ params }: Params) {
  const { locale, instrument: slug } = await readLocale(params);
  const instrument = getInstrument(slug);
  if (!instrument) notFound();
  const dict = t(locale);
  const { facts } = instrument;
  const successor = facts.replacedBy ? getInstrument(facts.replacedBy) : undefined;
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
          [dict.replacedBy, successor && <a href={instrumentHref(locale, successor.slug)} className="underline">{successor.names[locale].title}</a>],
          [dict.officialSource, <a key="src" href={facts.officialUrl} className="break-all underline" rel="external">{facts.officialUrl}</a>],
        ]}
      />
      <div className="prose max-w-none dark:prose-invert">
        <MdxContent code={instrument.doc[locale].code} locale={locale} />
      </div>
      <section aria-labelledby="here">
        <h2 id="here" className="mb-2 text-xl font-semibold">{dict.provisionsHere}</h2>
        <ProvisionList provisions={listProvisions(slug)} locale={locale} withInstrument={false} />
      </section>
    </main>
  );
}
