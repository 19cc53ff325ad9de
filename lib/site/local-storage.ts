// localStorage that never throws: it may be refused (cookies blocked, some private modes), full,
// or edited by hand. A write announces itself in this tab with the caller's event; other tabs
// hear of it through the browser's `storage` event.
import { onWindowEvents } from './window-events';

/** The stored value; null when nothing is stored or storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores the value (null removes it), then announces `changeEvent` even if storage refused. */
export function writeStored(key: string, value: string | null, changeEvent: string): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // not kept: callers keep what they need elsewhere (the URL, the page's state)
  }
  window.dispatchEvent(new Event(changeEvent));
}

/** A `subscribe` for useSyncExternalStore: this tab's writes and other tabs'. */
export const subscribeStored = (changeEvent: string) => onWindowEvents(changeEvent, 'storage');
