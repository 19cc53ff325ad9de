'use client';
// "Add to handout" on provisions, guides, modules and cases, with a link to the handout so far.
// Usable only with JavaScript (the list lives in the browser): invisible until then, with its
// space kept so the page doesn't shift.
import Link from 'next/link';
import { clientStrings, fill } from '@/lib/i18n/client-strings';
import { writeHandout } from '@/lib/handout/storage';
import type { Locale } from '@/lib/i18n/locales';
import { handoutHref } from '@/lib/site/urls';
import { useStoredHandout } from './use-stored-handout';

export function AddToHandout({ id, locale }: { id: string; locale: Locale }) {
  const dict = clientStrings(locale).handout;
  const ids = useStoredHandout()?.ids;
  const inHandout = !!ids?.includes(id);
  return (
    <div className={`flex flex-wrap items-center gap-3 text-sm print:hidden ${ids ? '' : 'invisible'}`} data-testid="handout-controls">
      <button
        type="button"
        aria-pressed={inHandout}
        data-testid="add-to-handout"
        onClick={() => ids && writeHandout(inHandout ? ids.filter((x) => x !== id) : [...ids, id])}
        className="rounded border border-neutral-400 px-2 py-1 dark:border-neutral-600"
      >
        {inHandout ? `✓ ${dict.added}` : `+ ${dict.add}`}
      </button>
      {ids && ids.length > 0 && (
        <Link href={handoutHref(locale, ids)} className="underline" data-testid="open-handout">
          {fill(dict.open, { n: ids.length })}
        </Link>
      )}
    </div>
  );
}
