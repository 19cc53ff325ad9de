import { notFound } from 'next/navigation';
import { AddToHandout } from '@/components/handout/add-to-handout';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { getGuide, getProvisionById, listGuides } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale, withLocales } from '@/lib/site/params';
import { guideHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listGuides().map((g) => ({ slug: g.slug })));
}

async function load(params: Params['params']) {
  const { locale, slug } = await readLocale(params);
  const guide = getGuide(slug);
  if (!guide) notFound();
  return { locale, guide };
}

export async function generateMetadata({ params }: Params) {
  const { locale, guide } = await load(params);
  return pageMetadata(locale, guideHref(locale, guide.slug), guide.text[locale].title, guide.text[locale].summary);
}

export default async function GuidePage({ params }: Params) {
  const { locale, guide } = await load(params);
  const dict = t(locale);
  return (
    <main className="space-y-8" data-guide={guide.slug} data-handout>
      <article className="prose max-w-none dark:prose-invert">
        <h1>{guide.text[locale].title}</h1>
        <p className="lead">{guide.text[locale].summary}</p>
        <div data-handout-skip className="not-prose">
          <AddToHandout id={`guides/${guide.slug}`} locale={locale} />
        </div>
        <MdxContent code={guide.doc[locale].code} locale={locale} />
      </article>
      <section aria-labelledby="deciding" data-handout-skip>
        <h2 id="deciding" className="mb-2 text-xl font-semibold">
          {dict.related}
        </h2>
        <ProvisionList provisions={guide.facts.provisions.flatMap((id) => getProvisionById(id) ?? [])} locale={locale} />
      </section>
    </main>
  );
}
