'use client';
// Assembles a printable handout from item pages of this site: each page is fetched (same
// origin), its main content taken without the parts marked data-handout-skip, and its ids
// prefixed so anchors stay unique. The list comes from ?ids=, else from the browser's list.
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/dictionary';
import { handoutSource, parseHandoutIds } from '@/lib/handout/ids';
import { writeHandout } from '@/lib/handout/storage';
import { useStoredHandout } from './use-stored-handout';
import type { Locale } from '@/lib/i18n/locales';
import { CopyButton } from '../copy-button';

interface Item {
  id: string;
  title: string;
  status?: string;
  html: string;
  missing?: boolean;
}

async function fetchItem(locale: Locale, id: string, index: number): Promise<Item> {
  const response = await fetch(handoutSource(locale, id));
  if (!response.ok) return { id, title: id, html: '', missing: true };
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const main = doc.querySelector('main[data-handout]');
  if (!main) return { id, title: id, html: '', missing: true };
  main.querySelectorAll('[data-handout-skip], script, noscript, button').forEach((e) => e.remove());
  main.querySelectorAll('[id]').forEach((e) => (e.id = `h${index}-${e.id}`));
  main.querySelectorAll('a[href^="#"]').forEach((a) => a.setAttribute('href', `#h${index}-${a.getAttribute('href')?.slice(1)}`));
  const h1 = main.querySelector('h1');
  const title = h1?.textContent?.trim() ?? id;
  h1?.remove();
  return { id, title, status: main.querySelector('[data-testid="status"]')?.textContent ?? undefined, html: main.innerHTML };
}

export function HandoutBuilder({ locale }: { locale: Locale }) {
  const dict = t(locale).handout;
  const params = useSearchParams();
  const stored = useStoredHandout();
  // The list edited here wins; else ?ids= from a shared link; else this browser's list.
  const [edited, setEdited] = useState<string[] | null>(null);
  const fromUrl = parseHandoutIds(params.get('ids'));
  // Trainer's options, kept in the URL so a shared handout link prints the same.
  const [options, setOptions] = useState({ key: params.get('key') !== '0', signOff: params.get('signoff') === '1' });
  const setOption = (name: 'key' | 'signOff', value: boolean) => {
    setOptions((o) => ({ ...o, [name]: value }));
    const url = new URL(window.location.href);
    const [param, shown] = name === 'key' ? ['key', !value] : ['signoff', value];
    if (shown) url.searchParams.set(param, name === 'key' ? '0' : '1');
    else url.searchParams.delete(param);
    window.history.replaceState(null, '', url.toString().replace(/%2F/g, '/').replace(/%2C/g, ','));
  };
  const ids = edited ?? (stored ? (fromUrl.length ? fromUrl : stored.ids) : null);
  const key = ids?.join(',') ?? null;
  const [loaded, setLoaded] = useState<{ key: string; items: Item[] } | null>(null);
  const items = loaded && loaded.key === key ? loaded.items : null;

  useEffect(() => {
    if (key === null) return;
    const list = key ? key.split(',') : [];
    const url = new URL(window.location.href);
    if (list.length) url.searchParams.set('ids', key);
    else url.searchParams.delete('ids');
    window.history.replaceState(null, '', url.toString().replace(/%2F/g, '/').replace(/%2C/g, ','));
    let current = true;
    Promise.all(list.map((id, i) => fetchItem(locale, id, i + 1)))
      .then((fetched) => current && setLoaded({ key, items: fetched }))
      .catch(() => current && setLoaded({ key, items: list.map((id) => ({ id, title: id, html: '', missing: true })) }));
    return () => {
      current = false;
    };
  }, [key, locale]);

  const update = (next: string[]) => {
    setEdited(next);
    writeHandout(next);
  };
  const move = (i: number, step: number) => {
    if (!ids) return;
    const next = [...ids];
    [next[i], next[i + step]] = [next[i + step], next[i]];
    update(next);
  };

  // The list shown came from this browser's storage (the URL then mirrors it, once written back).
  const fromStorage = !!stored && (!fromUrl.length || fromUrl.join(',') === stored.ids.join(','));
  const notRestored = fromStorage && stored && !edited && (stored.unreadable || stored.unrestorable.length > 0) && (
    <p role="status" data-testid="handout-not-restored" className="mb-4 rounded border border-amber-600 p-3 text-sm print:hidden">
      {stored.unreadable ? dict.unreadable : dict.notRestored(stored.unrestorable.join('、'))}
    </p>
  );
  if (!ids) return <p>{dict.loading}</p>;
  if (ids.length === 0)
    return (
      <>
        {notRestored}
        <p data-testid="handout-empty">{dict.empty}</p>
      </>
    );
  if (!items) return <p>{dict.loading}</p>;
  return (
    <div data-testid="handout">
      {notRestored}
      <div className="mb-6 flex flex-wrap gap-3 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded border border-blue-700 px-3 py-1 text-blue-800 dark:border-blue-400 dark:text-blue-200"
        >
          {dict.print}
        </button>
        <CopyButton text={() => window.location.href} label={dict.share} done={dict.copied} />
        {ids.some((id) => id.startsWith('training/')) && (
          <>
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={options.key} onChange={(e) => setOption('key', e.target.checked)} data-option="key" />
              {dict.withKey}
            </label>
            <label className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={options.signOff}
                onChange={(e) => setOption('signOff', e.target.checked)}
                data-option="signoff"
              />
              {dict.withSignOff}
            </label>
          </>
        )}
        <span className="text-sm text-neutral-600 dark:text-neutral-400">{dict.storage}</span>
      </div>
      <nav aria-labelledby="handout-contents" className="mb-8 print:break-after-page">
        <h2 id="handout-contents" className="text-xl font-semibold">
          {dict.contents}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-6" data-testid="handout-contents">
          {items.map((item, i) => (
            <li key={item.id}>
              <a href={`#item-${i + 1}`} className="underline">
                {item.title}
              </a>
              {item.status && <span className="ms-2 text-sm text-neutral-600 dark:text-neutral-400">{item.status}</span>}
              <span className="ms-3 inline-flex gap-2 text-sm print:hidden">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${dict.moveUp}: ${item.title}`}>
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`${dict.moveDown}: ${item.title}`}
                >
                  ↓
                </button>
                <button type="button" onClick={() => update(ids.filter((x) => x !== item.id))} className="underline">
                  {dict.remove}
                </button>
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {items.map((item, i) => (
        <article
          key={item.id}
          id={`item-${i + 1}`}
          data-handout-item={item.id}
          className="mb-12 break-before-page border-t border-neutral-300 pt-6 first-of-type:break-before-auto dark:border-neutral-700"
        >
          <h2 className="text-2xl font-bold" data-handout-title>
            {i + 1}. {item.title}
          </h2>
          {item.missing ? (
            <p data-handout-missing>{dict.missing(item.id)}</p>
          ) : (
            <div
              className={`prose max-w-none dark:prose-invert ${options.key ? '' : '[&_[data-testid=answer-key]]:hidden'}`}
              dangerouslySetInnerHTML={{ __html: item.html }}
            />
          )}
        </article>
      ))}
      {options.signOff && <SignOffSheet locale={locale} units={items.filter((i) => i.id.startsWith('training/')).map((i) => i.title)} />}
    </div>
  );
}

/** A sheet for learners to sign: who attended, their score, the date, and the trainer's signature. */
function SignOffSheet({ locale, units }: { locale: Locale; units: string[] }) {
  const dict = t(locale).handout;
  return (
    <article data-testid="sign-off-sheet" className="mb-12 break-before-page border-t border-neutral-300 pt-6 dark:border-neutral-700">
      <h2 className="text-2xl font-bold">{dict.signOff}</h2>
      <p className="mt-2">{dict.signOffIntro(units.join(locale === 'zh' ? '、' : '; '))}</p>
      <table className="mt-4 w-full border-collapse text-sm">
        <thead>
          <tr>
            {dict.signOffColumns.map((c) => (
              <th key={c} scope="col" className="border border-neutral-500 px-2 py-1 text-start">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 15 }, (_, row) => (
            <tr key={row} className="h-9">
              <td className="border border-neutral-500 px-2">{row + 1}</td>
              {dict.signOffColumns.slice(1).map((c) => (
                <td key={c} className="border border-neutral-500" />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-8">{dict.trainer}</p>
    </article>
  );
}
