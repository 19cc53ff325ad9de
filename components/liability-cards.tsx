import Link from 'next/link';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { Liability } from '@/lib/content/schema';
import { liabilityHref } from '@/lib/site/urls';

/** One card per kind of liability, each linking its page: the home page's three, the index's four. */
export function LiabilityCards({ locale, liabilities, columns }: { locale: Locale; liabilities: readonly Liability[]; columns: string }) {
  const dict = t(locale);
  return (
    <ul className={`grid gap-4 ${columns}`}>
      {liabilities.map((l) => (
        <li key={l}>
          <Link
            href={liabilityHref(locale, l)}
            data-liability={l}
            className="block h-full rounded-lg border border-neutral-200 p-4 hover:border-blue-600 dark:border-neutral-800 dark:hover:border-blue-400"
          >
            <span className="block font-semibold text-blue-800 dark:text-blue-300">{dict.liability[l]}</span>
            <span className="mt-1 block text-sm text-neutral-700 dark:text-neutral-300">{dict.liabilityIntro[l]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
