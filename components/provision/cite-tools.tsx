'use client';
// Copy a citation, a permalink, or the text with its citation: at article, paragraph or item
// level. The text is read from the page itself, so what is copied is what is shown.
import { anchorLabel, citeProvision } from '@/lib/provisions/citation';
import type { Instrument } from '@/lib/content/corpus';
import { clientStrings, fill } from '@/lib/i18n/client-strings';
import type { Locale } from '@/lib/i18n/locales';
import { CopyButton } from '../copy-button';

export interface CiteContext {
  names: Instrument['names'];
  article: string;
  locale: Locale;
  /** Path of the page, e.g. /zh/provisions/pipl/66/ */
  path: string;
}

/** The visible text of an element, without any tools inside it. */
function textOf(id?: string): string {
  const root = id ? document.getElementById(id) : document.querySelector('[data-statute-text]');
  if (!root) return '';
  const copy = root.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return '';
  copy.querySelectorAll('[data-cite-tools]').forEach((e) => e.remove());
  return (copy.innerText || copy.textContent || '').replace(/\n{3,}/g, '\n\n').trim();
}

const permalink = (path: string, anchor?: string) => `${window.location.origin}${path}${anchor ? `#${anchor}` : ''}`;

/** Beside the article's heading: both citation forms, and the whole text with its citation. */
export function CitePanel({ ctx }: { ctx: CiteContext }) {
  const dict = clientStrings(ctx.locale).cite;
  const cite = (l: Locale) => citeProvision(ctx, ctx.article, l);
  return (
    <div className="flex flex-wrap gap-2 print:hidden" data-testid="cite-panel">
      <CopyButton text={() => cite('zh')} label={dict.citeZh} done={dict.copied} />
      <CopyButton text={() => cite('en')} label={dict.citeEn} done={dict.copied} />
      <CopyButton text={() => `${textOf()}\n——${cite(ctx.locale)}\n${permalink(ctx.path)}`} label={dict.withText} done={dict.copied} />
    </div>
  );
}

/** On each paragraph and item: shown on hover or keyboard focus, and always on touch screens,
 * which have no hover (there the space is kept anyway, and copying a paragraph to paste into a
 * chat is what a phone reader most often wants). */
export function ParagraphTools({ ctx, anchor }: { ctx: CiteContext; anchor: string }) {
  const dict = clientStrings(ctx.locale).cite;
  const cite = citeProvision(ctx, ctx.article, ctx.locale, anchor);
  return (
    <span
      data-cite-tools
      role="group"
      aria-label={fill(dict.tools, { label: anchorLabel(anchor, ctx.locale) })}
      className={`ms-2 inline-flex gap-1 indent-0 align-middle font-sans text-xs opacity-0 transition-opacity focus-within:opacity-100 print:hidden [@media(hover:none)]:opacity-100 ${
        anchor.includes('-i') ? 'group-hover/item:opacity-100' : 'group-hover/para:opacity-100'
      }`}
    >
      <CopyButton
        text={() => cite}
        label={dict.short.cite}
        description={`${anchor.includes('-i') ? dict.hereItem : dict.here}: ${cite}`}
        done={dict.copied}
      />
      <CopyButton
        text={() => `${textOf(anchor)}\n——${cite}\n${permalink(ctx.path, anchor)}`}
        label={dict.short.text}
        description={`${dict.withText}: ${cite}`}
        done={dict.copied}
      />
      <CopyButton
        text={() => permalink(ctx.path, anchor)}
        label={dict.short.link}
        description={`${dict.link}: ${cite}`}
        done={dict.copied}
      />
    </span>
  );
}
