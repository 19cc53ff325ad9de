// `/` on a static host: pick the reader's language in the browser, fall back to zh by meta
// refresh, and offer plain links for anyone without JavaScript.
import type { Metadata } from 'next';
import Link from 'next/link';
import { defaultLocale } from '@/lib/i18n/locales';

export const metadata: Metadata = {
  title: '客户信息泄露法律责任 · Customer Data Leak Liability',
  alternates: { languages: { 'zh-CN': '/zh/', en: '/en/' } },
};

const chooseLocale = `(function(){var l=(navigator.languages||[navigator.language||'']).join(',').toLowerCase();var m=l.match(/(^|,)(zh|en)/);location.replace('/'+(m?m[2]:'${defaultLocale}')+'/');})();`;

export default function RootPage() {
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: chooseLocale }} />
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=/${defaultLocale}/`} />
        </noscript>
      </head>
      <body className="bg-white p-8 font-sans text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
        <main className="mx-auto max-w-xl space-y-4">
          <h1 className="text-2xl font-semibold">客户信息泄露法律责任 · Customer Data Leak Liability</h1>
          <ul className="space-y-2 text-lg">
            <li>
              <Link className="text-blue-700 underline dark:text-blue-300" href="/zh/" lang="zh-CN">
                中文
              </Link>
            </li>
            <li>
              <Link className="text-blue-700 underline dark:text-blue-300" href="/en/" lang="en">
                English
              </Link>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
