import Link from 'next/link';
import type { Guide } from '@/lib/content/corpus';
import type { Locale } from '@/lib/i18n/locales';
import { guideHref } from '@/lib/site/urls';

/** Guides by title and summary, each linking its page (home page and the guides index). */
export function GuideList({ locale, guides, className }: { locale: Locale; guides: Guide[]; className: string }) {
  return (
    <ul className={className}>
      {guides.map((g) => (
        <li key={g.slug} data-guide={g.slug}>
          <Link
            href={guideHref(locale, g.slug)}
            className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
          >
            {g.text[locale].title}
          </Link>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">{g.text[locale].summary}</p>
        </li>
      ))}
    </ul>
  );
}
