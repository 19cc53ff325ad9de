import { LiabilityCards } from '@/components/liability-cards';
import { t } from '@/lib/i18n/dictionary';
import { liabilities } from '@/lib/content/schema';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { liabilityHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, liabilityHref(locale), t(locale).liabilityIndex, t(locale).liabilityIndexIntro);
}

/** The kinds of liability, each linking its page. */
export default async function LiabilityIndex({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  return (
    <main className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{dict.liabilityIndex}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">{dict.liabilityIndexIntro}</p>
      </header>
      <LiabilityCards locale={locale} liabilities={liabilities} columns="sm:grid-cols-2" />
    </main>
  );
}
