// Renders compiled MDX on the server: the browser receives HTML, not an MDX runtime.
import { getMDXComponent } from 'mdx-bundler/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { provisionHref } from '@/lib/site/urls';
import { ParagraphTools, type CiteContext } from './provision/cite-tools';
import { Choice, Explanation, Question, Quiz } from './quiz/quiz';

interface Props {
  code: string;
  locale: Locale;
  /** Which part of a provision to show: its statute text, its commentary, or everything. */
  part?: 'text' | 'commentary' | 'all';
  /** Citation tools on each paragraph and item (the current text of a provision). */
  tools?: CiteContext;
}

export function MdxContent({ code, locale, part = 'all', tools }: Props) {
  const dict = t(locale);
  const components = {
    P: ({ id, children }: { id: string; children: ReactNode }) =>
      part === 'commentary' ? null : (
        <div
          id={id}
          data-paragraph
          className="group/para my-3 font-serif text-[1.05em] leading-8 text-neutral-900 dark:text-neutral-100 [&>p]:my-0 [&>p]:inline"
        >
          {children}
          {tools && <ParagraphTools ctx={tools} anchor={id} />}
        </div>
      ),
    Item: ({ id, children }: { id: string; children: ReactNode }) => (
      <div id={id} data-item className="group/item my-1 ps-8 -indent-8 [&>p]:my-0">
        {children}
        {tools && <ParagraphTools ctx={tools} anchor={id} />}
      </div>
    ),
    Commentary: ({ children }: { children: ReactNode }) =>
      part === 'text' ? null : (
        <section aria-labelledby="commentary">
          <h2 id="commentary">{dict.commentary}</h2>
          <p className="text-sm text-neutral-600 italic dark:text-neutral-400">{dict.commentaryNote}</p>
          {children}
        </section>
      ),
    Ref: ({ to, children }: { to: string; children: ReactNode }) => <Link href={provisionHref(locale, to)}>{children}</Link>,
    Quiz,
    Question: (props: { id: string; kind: 'single' | 'multiple'; answer: string; children: ReactNode }) => (
      <Question {...props} locale={locale} />
    ),
    Choice,
    Explanation,
  };
  // Compiled MDX is a pure function of its components (no hooks or state), rendered once on
  // the server: calling it builds the element tree without minting a component type per render.
  return getMDXComponent(code)({ components });
}
