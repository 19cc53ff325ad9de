import Link from 'next/link';
import { listChanges } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { itemLink } from '@/lib/content/item-links.server';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import { changesHref, feedHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return {
    ...pageMetadata(locale, changesHref(locale), t(locale).changes.title, t(locale).changes.intro),
    alternates: { ...pageMetadata(locale, changesHref(locale), '', '').alternates, types: { 'application/atom+xml': feedHref(locale) } },
  };
}

export default async function Changes({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale).changes;
  return (
    <main className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{dict.title}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          {dict.intro}{' '}
          <a href={feedHref(locale)} className="underline" data-testid="feed-link">
            {dict.feed}
          </a>
        </p>
      </header>
      <ol className="space-y-6">
        {listChanges().map((c, i) => (
          <li key={i} className="space-y-1" data-change={c.kind}>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              <time dateTime={c.date}>{c.date}</time> · {dict.kinds[c.kind]}
            </p>
            <p>{c.note[locale]}</p>
            <details>
              <summary className="cursor-pointer text-sm">{dict.items(c.items.length)}</summary>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {c.items.map((id) => {
                  const { href, name } = itemLink(id, locale);
                  return (
                    <li key={id}>
                      <Link href={href} className="underline">
                        {name}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </main>
  );
}
