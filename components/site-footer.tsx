import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { changesHref } from '@/lib/site/urls';

export function SiteFooter({ locale }: { locale: Locale }) {
  const dict = t(locale);
  return (
    <footer className="border-t border-neutral-200 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
      <div className="mx-auto max-w-4xl space-y-1 px-4 py-4">
        <p data-testid="not-legal-advice">{dict.notAdvice}</p>
        <p className="print:hidden">
          {dict.privacy}{' '}
          <a href="/data/provisions.json" className="underline">
            {dict.dataLink}
          </a>
          {' · '}
          <a href={changesHref(locale)} className="underline">
            {dict.changes.title}
          </a>
        </p>
      </div>
    </footer>
  );
}
