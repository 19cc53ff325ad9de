import Link from 'next/link';
import { LmsDownloads } from '@/components/lms-downloads';
import { listModules } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { trainingHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, trainingHref(locale), t(locale).training.title, t(locale).training.intro);
}

export default async function Training({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale).training;
  const lms = t(locale).lms;
  return (
    <main className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{dict.title}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{dict.intro}</p>
      </header>
      <ol className="space-y-4">
        {listModules().map((m) => (
          <li key={m.slug} data-module={m.slug} className="rounded-lg border border-neutral-200 p-4 dark:border-neutral-800">
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              {dict.module(m.facts.order)} · {dict.minutes(m.facts.minutes)}
            </p>
            <h2 className="text-lg font-semibold">
              <Link href={trainingHref(locale, m.slug)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                {m.text[locale].title}
              </Link>
            </h2>
            <p className="text-neutral-700 dark:text-neutral-300">{m.text[locale].summary}</p>
          </li>
        ))}
      </ol>
      <LmsDownloads
        locale={locale}
        names={[
          { name: 'course', label: lms.courseDownload },
          ...listModules().map((m) => ({ name: m.slug, label: m.text[locale].title })),
        ]}
      />
    </main>
  );
}
