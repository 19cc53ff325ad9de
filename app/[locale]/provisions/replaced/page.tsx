import Link from 'next/link';
import { shortName } from '@/lib/provisions/citation';
import { getInstrument, getProvisionById, listInstruments, listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { articleZh } from '@/lib/provisions/numerals';
import { readLocale } from '@/lib/site/params';
import { instrumentHref, provisionHref, replacedHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, replacedHref(locale), t(locale).replaced.title, t(locale).replaced.intro);
}

function name(id: string, locale: Locale) {
  const p = getProvisionById(id);
  const i = p && getInstrument(p.instrument);
  return p && i ? shortName(i, p.article, locale) : id;
}

/** The old → new mapping, as data in the corpus (replacedBy, formerNumbers), shown as one table. */
export default async function Replaced({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  const replaced = listProvisions().filter((p) => p.facts.replacedBy.length > 0);
  const renumbered = listProvisions().flatMap((p) => p.facts.formerNumbers.map((f) => ({ p, f })));
  const repealed = listInstruments().filter((i) => i.facts.status === 'repealed');
  const cell = 'border-b border-neutral-200 p-2 align-top dark:border-neutral-800';
  return (
    <main className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{dict.replaced.title}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{dict.replaced.intro}</p>
      </header>
      <table className="w-full text-sm" data-testid="replacements">
        <thead>
          <tr>
            {[dict.replaced.old, dict.replaced.until, dict.replaced.now].map((h) => (
              <th key={h} scope="col" className={`${cell} text-start`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {replaced.map((p) => (
            <tr key={p.id} data-old={p.id}>
              <th scope="row" className={`${cell} text-start font-normal`}>
                <Link href={provisionHref(locale, p.id)} className="underline">
                  {name(p.id, locale)}
                </Link>
              </th>
              <td className={cell}>{p.facts.until}</td>
              <td className={cell}>
                {p.facts.replacedBy.map((r) => (
                  <Link key={r} href={provisionHref(locale, r)} className="me-3 underline">
                    {name(r, locale)}
                  </Link>
                ))}
              </td>
            </tr>
          ))}
          {renumbered.map(({ p, f }) => {
            const instrument = getInstrument(p.instrument);
            return (
              <tr key={`${p.id}-${f.number}`} data-old={`${p.instrument}/${f.number}`}>
                <th scope="row" className={`${cell} text-start font-normal`}>
                  {instrument?.names[locale].short}
                  {locale === 'zh' ? articleZh(f.number) : ` Art. ${f.number}`} ({dict.replaced.renumbered})
                </th>
                <td className={cell}>{f.until}</td>
                <td className={cell}>
                  <Link href={provisionHref(locale, p.id)} className="underline">
                    {name(p.id, locale)}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {repealed.length > 0 && (
        <section aria-labelledby="repealed-instruments">
          <h2 id="repealed-instruments" className="mb-2 text-xl font-semibold">
            {dict.replaced.instruments}
          </h2>
          <ul className="list-disc space-y-1 ps-5">
            {repealed.map((i) => {
              const successor = i.facts.replacedBy ? getInstrument(i.facts.replacedBy) : undefined;
              return (
                <li key={i.slug}>
                  <Link href={instrumentHref(locale, i.slug)} className="underline">
                    {i.names[locale].title}
                  </Link>
                  {i.facts.repealedOn && ` — ${dict.repealedOn(i.facts.repealedOn)}`}
                  {successor && (
                    <>
                      {' '}
                      →{' '}
                      <Link href={instrumentHref(locale, successor.slug)} className="underline">
                        {successor.names[locale].title}
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </main>
  );
}
