import type { ReactNode } from 'react';

/** A definition list of labelled facts; rows with no value are left out. */
export function FactList({ rows }: { rows: [label: string, value: ReactNode | undefined][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-neutral-600 dark:text-neutral-400">{label}</dt>
            <dd className="m-0">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
