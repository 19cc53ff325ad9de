import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { t } from '@/lib/i18n/dictionary';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/site-url';
import { themeScript } from '@/lib/site/theme';

export const metadata: Metadata = { metadataBase: new URL(siteUrl) };

export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:p-2 dark:focus:bg-neutral-900"
        >
          {t(locale).skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <div id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          {children}
        </div>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
