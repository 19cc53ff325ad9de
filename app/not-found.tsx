import type { Metadata } from 'next';
import { t } from '@/lib/i18n/dictionary';
import { htmlLang, locales } from '@/lib/i18n/locales';
import { homeHref, provisionsHref } from '@/lib/site/urls';

export const metadata: Metadata = {
  title: '页面不存在 · Page not found',
  description: '您要找的页面不存在或已移动。The page you are looking for does not exist or has moved.',
  robots: { index: false },
};

// Static hosts serve one 404 page for every locale, so it speaks both languages.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body className="bg-white font-sans text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
        <main className="mx-auto max-w-2xl space-y-10 p-8" data-testid="not-found">
          {locales.map((locale) => {
            const dict = t(locale);
            return (
              <section key={locale} lang={htmlLang[locale]} className="space-y-3">
                <h1 className="text-2xl font-semibold">{dict.notFoundTitle}</h1>
                <p>{dict.notFoundBody}</p>
                <p className="flex gap-4">
                  <a className="text-blue-700 underline dark:text-blue-300" href={homeHref(locale)}>
                    {dict.backHome}
                  </a>
                  <a className="text-blue-700 underline dark:text-blue-300" href={provisionsHref(locale)}>
                    {dict.nav.provisions}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
