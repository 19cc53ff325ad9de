// The handout being assembled, kept in the browser under one declared key. Stored data may be
// old, edited by hand or written by another tab: reading it never throws, and reports what it
// could not restore instead of dropping it silently.
import { readStored, subscribeStored, writeStored } from '../site/local-storage';
import { isHandoutId, parseHandoutIds } from './ids';

const handoutStorageKey = 'handout';
/** Announced in this tab after a write; other tabs get the browser's `storage` event. */
const handoutChangeEvent = 'handout-change';

export interface RestoredHandout {
  ids: string[];
  /** Stored entries that are not item ids (shown to the reader, not kept). */
  unrestorable: string[];
  /** The stored value was not a JSON list at all. */
  unreadable: boolean;
}

export function restoreHandout(raw: string | null): RestoredHandout {
  if (raw === null) return { ids: [], unrestorable: [], unreadable: false };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ids: [], unrestorable: [], unreadable: true };
  }
  if (!Array.isArray(stored)) return { ids: [], unrestorable: [], unreadable: true };
  const strings = stored.filter((x): x is string => typeof x === 'string');
  const unrestorable = [
    ...stored.filter((x) => typeof x !== 'string').map((x) => JSON.stringify(x) ?? String(x)),
    ...strings.filter((s) => !isHandoutId(s.trim())),
  ].map((s) => s.slice(0, 80));
  return { ids: parseHandoutIds(strings.join(',')), unrestorable, unreadable: false };
}

/** The raw stored value; null when nothing is stored or storage is unavailable. */
export const readStoredHandout = () => readStored(handoutStorageKey);

export const subscribeHandout = subscribeStored(handoutChangeEvent);

/** If storage refuses, the list still lives in the URL of the handout page. */
export const writeHandout = (ids: string[]) => writeStored(handoutStorageKey, JSON.stringify(ids), handoutChangeEvent);
