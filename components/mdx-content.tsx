// Renders compiled MDX on the server: the browser receives HTML, not an MDX runtime.
import { getMDXComponent } from 'mdx-bundler/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { t } from '@/lib/dictionary';
import type { Locale } from '@/lib/locales';
import { provisionHref } from '@/lib/urls';
import { Choice, Explanation, Question, Quiz } from './quiz/quiz';

interface Props {
  code: string;
  locale: Locale;
  /** Prefix for paragraph ids, so an earlier version shown on the same page keeps its own anchors. */
  idPrefix?: string;
  /** Which part of a provision to show: its statute text, its commentary, or everything. */
  part?: 'text' | 'commentary' | 'all';
}

export function MdxContent({ code, locale, idPrefix = '', part = 'all' }: Props) {
  const Content = getMDXComponent(code);
  const dict = t(locale);
  const components = {
    P: ({ id, children }: { id: string; children: ReactNode }) =>
      part === 'commentary' ? null : (
        <div id={idPrefix + id} data-paragraph className="my-3 font-serif text-[1.05em] leading-8 text-neutral-900 dark:text-neutral-100 [&>p]:my-0">
          {children}
        </div>
      ),
    Item: ({ id, children }: { id: string; children: ReactNode }) => (
      <div id={idPrefix + id} data-item className="my-1 ps-8 -indent-8 [&>p]:my-0">
        {children}
      </div>
    ),
    Commentary: ({ children }: { children: ReactNode }) =>
      part === 'text' ? null : (
        <section aria-labelledby={`${idPrefix}commentary`}>
          <h2 id={`${idPrefix}commentary`}>{dict.commentary}</h2>
          <p className="text-sm text-neutral-600 italic dark:text-neutral-400">{dict.commentaryNote}</p>
          {children}
        </section>
      ),
    Ref: ({ to, children }: { to: string; children: ReactNode }) => <Link href={provisionHref(locale, to)}>{children}</Link>,
    Quiz,
    Question: (props: { id: string; kind: 'single' | 'multiple'; answer: string; children: ReactNode }) => <Question {...props} locale={locale} />,
    Choice,
    Explanation,
  };
  return <Content components={components} />;
}
