'use client';
// "Add to handout" on provisions, guides, modules and cases, with a link to the handout so far.
// Shown only with JavaScript: the list lives in the browser.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { t } from '@/lib/dictionary';
import { readHandout, writeHandout } from '@/lib/handout';
import type { Locale } from '@/lib/locales';
import { handoutHref } from '@/lib/urls';

export function AddToHandout({ id, locale }: { id: string; locale: Locale }) {
  const dict = t(locale).handout;
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    const sync = () => setIds(readHandout());
    sync();
    window.addEventListener('handout-change', sync);
    window.addEventListener('storage', sync);
    return () => {
      window.removeEventListener('handout-change', sync);
      window.removeEventListener('storage', sync);
    };
  }, []);
  if (!ids) return null;
  const inHandout = ids.includes(id);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm print:hidden" data-testid="handout-controls">
      <button
        type="button" aria-pressed={inHandout} data-testid="add-to-handout"
        onClick={() => writeHandout(inHandout ? ids.filter((x) => x !== id) : [...ids, id])}
        className="rounded border border-neutral-400 px-2 py-1 dark:border-neutral-600"
      >
        {inHandout ? `✓ ${dict.added}` : `+ ${dict.add}`}
      </button>
      {ids.length > 0 && <Link href={handoutHref(locale, ids)} className="underline" data-testid="open-handout">{dict.open(ids.length)}</Link>}
    </div>
  );
}
