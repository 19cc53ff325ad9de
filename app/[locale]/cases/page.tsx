import Link from 'next/link';
import { listCases } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { caseHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, caseHref(locale), t(locale).cases.title, t(locale).cases.intro);
}

export default async function Cases({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale).cases;
  return (
    <main className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{dict.title}</h1>
        <p className="text-neutral-700 dark:text-neutral-300">{dict.intro}</p>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{dict.caveat}</p>
      </header>
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {listCases().map((c) => (
          <li key={c.slug} className="py-3" data-case={c.slug}>
            <Link
              href={caseHref(locale, c.slug)}
              className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
            >
              {c.text[locale].title}
            </Link>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              {[
                c.text[locale].authority,
                c.facts.date ?? dict.notGiven,
                dict.outcomes[c.facts.outcome],
                ...c.facts.roles.map((r) => dict.roles[r]),
              ].join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
