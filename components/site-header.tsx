import Link from 'next/link';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { caseHref, checkHref, homeHref, liabilityHref, provisionsHref, trainingHref } from '@/lib/site/urls';
import { LanguageSwitch } from './language-switch';
import { HeaderSearch } from './search/header-search';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const dict = t(locale);
  const links = [
    { href: checkHref(locale), label: dict.nav.check },
    { href: provisionsHref(locale), label: dict.nav.provisions },
    { href: liabilityHref(locale, 'civil'), label: dict.nav.civil },
    { href: liabilityHref(locale, 'criminal'), label: dict.nav.criminal },
    { href: liabilityHref(locale, 'administrative'), label: dict.nav.administrative },
    { href: trainingHref(locale), label: dict.nav.training },
    { href: caseHref(locale), label: dict.nav.cases },
  ];
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800 print:hidden">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3">
        <Link href={homeHref(locale)} prefetch={false} className="me-auto font-semibold text-neutral-900 no-underline dark:text-neutral-50">
          {dict.siteName}
        </Link>
        <HeaderSearch locale={locale} />
        <div className="flex items-center gap-2 text-sm">
          <LanguageSwitch locale={locale} />
          <ThemeToggle labels={dict.theme} />
        </div>
      </div>
      <nav aria-label={dict.nav.label} className="mx-auto max-w-4xl px-4 pt-2 pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} prefetch={false} className="text-neutral-700 underline-offset-4 hover:underline dark:text-neutral-300">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
