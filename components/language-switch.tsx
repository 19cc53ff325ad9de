'use client';
// Links to the same page in the other language. Pre-rendered with the page's own path, so
// it works without JavaScript; it keeps the hash and query when JavaScript runs.
import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { clientStrings } from '@/lib/i18n/client-strings';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/locales';
import { switchLocale } from '@/lib/site/urls';
import { onWindowEvents } from '@/lib/site/window-events';
import { queryChangeEvent } from './use-query-state';

const subscribe = onWindowEvents('hashchange', 'popstate', queryChangeEvent);
const clientSuffix = () => window.location.search + window.location.hash;
const serverSuffix = () => '';

export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const target = otherLocale(locale);
  const suffix = useSyncExternalStore(subscribe, clientSuffix, serverSuffix);
  return (
    <a
      href={switchLocale(pathname, target) + suffix}
      hrefLang={htmlLang[target]}
      lang={htmlLang[target]}
      title={clientStrings(locale).switchLanguageLabel}
      data-testid="language-switch"
      className="rounded border border-neutral-300 px-2 py-1 text-neutral-800 no-underline hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
    >
      {clientStrings(locale).switchLanguage}
    </a>
  );
}
