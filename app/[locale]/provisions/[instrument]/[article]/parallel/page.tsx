import { ArticlePageTitle } from '@/components/provision/article-page-title';
import { anchorLabel, citeProvision, shortName } from '@/lib/provisions/citation';
import { t } from '@/lib/i18n/dictionary';
import { htmlLang } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { provisionStaticParams, readProvision, type ProvisionParams } from '@/lib/provisions/route.server';
import { parallelHref, provisionHref } from '@/lib/site/urls';

type Params = { params: ProvisionParams };

export const dynamicParams = false;
export const generateStaticParams = provisionStaticParams;
const load = readProvision;

export async function generateMetadata({ params }: Params) {
  const { locale, provision, instrument } = await load(params);
  const title = `${citeProvision(instrument, provision.article, locale)} · ${t(locale).parallel.title}`;
  return pageMetadata(
    locale,
    parallelHref(locale, provision.id),
    title,
    `${shortName(instrument, provision.article, locale)} · ${t(locale).parallel.title}: ${provision.doc.zh.paragraphs[0]?.text ?? ''}`,
  );
}

/** Chinese and English paragraph by paragraph: the structures match, a build check makes sure. */
export default async function ParallelPage({ params }: Params) {
  const { locale, provision, instrument } = await load(params);
  const dict = t(locale);
  const zh = provision.doc.zh.paragraphs;
  const en = provision.doc.en.paragraphs;
  const rows = zh.flatMap((p, i) => [
    { id: p.id, zh: p.text, en: en[i]?.text ?? '' },
    ...p.items.map((item, j) => ({ id: item.id, zh: item.text, en: en[i]?.items[j]?.text ?? '' })),
  ]);
  return (
    <main data-provision={provision.id} className="space-y-4">
      <ArticlePageTitle instrument={instrument} provision={provision} locale={locale} subtitle={dict.parallel.title} />
      <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
        {t('en').translationNotice} {t('en').chinesePrevails}
      </p>
      <table className="w-full table-fixed border-collapse text-[1.02em]" data-testid="parallel">
        <thead>
          <tr>
            <th scope="col" className="w-20 p-2 text-start text-sm">
              <span className="sr-only">¶</span>
            </th>
            <th scope="col" lang={htmlLang.zh} className="p-2 text-start">
              {dict.parallel.zh}
            </th>
            <th scope="col" lang={htmlLang.en} className="p-2 text-start">
              {dict.parallel.en}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={r.id} className="border-t border-neutral-200 align-top dark:border-neutral-800">
              <th scope="row" className="p-2 text-start text-sm font-normal text-neutral-600 dark:text-neutral-400">
                <a href={`${provisionHref(locale, provision.id)}#${r.id}`} className="underline">
                  {anchorLabel(r.id, locale)}
                </a>
              </th>
              <td lang={htmlLang.zh} className="p-2 font-serif leading-8">
                {r.zh}
              </td>
              <td lang={htmlLang.en} className="p-2 leading-7">
                {r.en}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
