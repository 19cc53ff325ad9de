import { GuideList } from '@/components/guide-list';
import { listGuides } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { guideHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, guideHref(locale), t(locale).guides, t(locale).guidesIntro);
}

/** Every guide: the page a reader reaches by trimming a guide's URL. */
export default async function Guides({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  return (
    <main className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{dict.guides}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">{dict.guidesIntro}</p>
      </header>
      <GuideList locale={locale} guides={listGuides()} className="divide-y divide-neutral-200 dark:divide-neutral-800 [&>li]:py-3" />
    </main>
  );
}
