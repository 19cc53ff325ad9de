// A bordered section with its heading: the home page's offline panel, a unit's downloads and
// completion record.
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Left out of handouts assembled from the page. */
  handoutSkip?: boolean;
  className?: string;
  headingClassName?: string;
}

export function Panel({ id, title, children, testId, handoutSkip, className = '', headingClassName = '' }: Props) {
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      data-handout-skip={handoutSkip || undefined}
      className={`rounded-lg border border-neutral-200 p-4 dark:border-neutral-800 ${className}`}
    >
      <h2 id={id} className={`mb-2 text-xl font-semibold ${headingClassName}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
