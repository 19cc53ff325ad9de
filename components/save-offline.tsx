'use client';
// "Save for offline" on the home page: shows what each set costs, then registers the service
// worker (public/sw.js, only now: readers who never save get none) and asks it to cache the
// set. Progress and the saved copy are read back from the worker and the cache.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import * as strings from '@/lib/i18n/strings/offline';
import { Panel } from './panel';
import { offlineSets, savedHref, summaryHref, type OfflineSet, type OfflineSummary, type SavedCopy } from '@/lib/offline/sets';

type State =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'saved'; saved: SavedCopy }
  | { kind: 'removed' }
  | { kind: 'failed' }
  | { kind: 'unsupported' };

const mb = (bytes: number) => `${Math.max(0.1, bytes / 1e6).toFixed(1)} MB`;
const supported = () => 'serviceWorker' in navigator && 'caches' in window;

async function readSaved(locale: Locale): Promise<SavedCopy | undefined> {
  const response = await caches.match(savedHref(locale));
  return response ? ((await response.json()) as SavedCopy) : undefined;
}

/** With no saved copy left in any language, the service worker has nothing to do: remove it. */
async function unregisterIfUnused() {
  const names = await caches.keys();
  if (!names.some((n) => n.startsWith('offline-'))) await (await navigator.serviceWorker.getRegistration())?.unregister();
}

export function SaveOffline({ locale }: { locale: Locale }) {
  const w = strings[locale];
  const [summary, setSummary] = useState<OfflineSummary | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    if (!supported()) {
      queueMicrotask(() => setState({ kind: 'unsupported' }));
      return;
    }
    fetch(summaryHref(locale))
      .then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : null))
      .then(setSummary)
      .catch(() => setSummary(null));
    readSaved(locale)
      .then((saved) => saved && setState({ kind: 'saved', saved }))
      .catch(() => undefined);
    const onMessage = (event: MessageEvent<{ locale?: string; type?: string; done?: number; total?: number; saved?: SavedCopy }>) => {
      const m = event.data;
      if (m.locale !== locale) return;
      if (m.type === 'progress') setState({ kind: 'saving', done: m.done ?? 0, total: m.total ?? 0 });
      if (m.type === 'saved' && m.saved) setState({ kind: 'saved', saved: m.saved });
      if (m.type === 'failed') setState({ kind: 'failed' });
      if (m.type === 'removed') {
        setState({ kind: 'removed' });
        void unregisterIfUnused();
      }
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [locale]);

  const tell = async (message: { type: 'save'; set: OfflineSet } | { type: 'remove' }) => {
    try {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const registration = await navigator.serviceWorker.ready;
      registration.active?.postMessage({ ...message, locale });
      if (message.type === 'save') setState({ kind: 'saving', done: 0, total: 0 });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  const label = (set: OfflineSet) => (set === 'essentials' ? w.essentials : w.everything);
  const busy = state.kind === 'saving';

  return (
    <Panel id="offline" title={w.title} testId="save-offline" className="print:hidden">
      <p className="text-neutral-700 dark:text-neutral-300">{w.intro}</p>
      {state.kind === 'unsupported' ? (
        <p className="mt-3">{w.unsupported}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {offlineSets.map((set) => (
            <li key={set}>
              <button
                type="button"
                disabled={busy}
                onClick={() => void tell({ type: 'save', set })}
                data-offline-set={set}
                className="rounded border border-blue-700 px-3 py-1 text-blue-800 disabled:opacity-50 dark:border-blue-400 dark:text-blue-200"
              >
                {state.kind === 'saved' && state.saved.set === set ? w.update : label(set)}
              </button>
              <span className="mt-1 block text-sm text-neutral-600 dark:text-neutral-400">
                {set === 'essentials' ? w.essentialsNote : w.everythingNote}
                {summary && w.size(summary.sets[set].pages, mb(summary.sets[set].bytes), mb(summary.sets[set].download))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" data-testid="offline-status" className="mt-3 text-sm">
        {state.kind === 'saving' && w.saving(state.done, state.total)}
        {state.kind === 'saved' &&
          w.saved(state.saved.set === 'essentials' ? w.essentialsName : w.everythingName, state.saved.date.slice(0, 10))}
        {state.kind === 'failed' && w.failed}
        {state.kind === 'removed' && w.removed}
      </p>
      {state.kind === 'saved' && (
        <button type="button" onClick={() => void tell({ type: 'remove' })} className="text-sm underline">
          {w.remove}
        </button>
      )}
    </Panel>
  );
}
