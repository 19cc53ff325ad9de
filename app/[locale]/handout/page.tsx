import { Suspense } from 'react';
import { HandoutBuilder } from '@/components/handout/handout-builder';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { handoutHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, handoutHref(locale), t(locale).handout.title, t(locale).handout.description);
}

export default async function HandoutPage({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  return (
    <main className="space-y-6">
      {/* The title page: on its own sheet when printed. */}
      <header className="space-y-3 print:flex print:min-h-[60vh] print:break-after-page print:flex-col print:justify-center">
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{dict.siteName}</p>
        <h1 className="text-3xl font-bold">{dict.handout.title}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">{dict.siteTagline}</p>
        <p className="hidden text-sm print:block">{dict.notAdvice}</p>
      </header>
      <noscript>
        <p>{dict.handout.needsJs}</p>
      </noscript>
      <Suspense>
        <HandoutBuilder locale={locale} />
      </Suspense>
    </main>
  );
}
