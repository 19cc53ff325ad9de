// A unit's completion record, kept in this browser only: each question's first checked answer
// and the day the unit was finished, and the learner's name (shared by every unit). Reading
// never throws: storage may be refused, damaged or written by hand.
import { readStored, subscribeStored, writeStored } from '../site/local-storage';

export interface StoredRecord {
  /** Question id → whether its first checked answer was right. */
  answers: Record<string, boolean>;
  /** YYYY-MM-DD, the day of the last answer. */
  date: string;
}

const recordKey = (unit: string) => `completion:${unit}`;
const nameKey = 'learner-name';
/** Announced in this tab after a write; other tabs get the browser's `storage` event. */
const changeEvent = 'completion-change';

export const subscribeRecords = subscribeStored(changeEvent);

/** The stored record as text (a stable value for useSyncExternalStore); null when none. */
export const readRawRecord = (unit: string) => readStored(recordKey(unit));

export function parseRecord(raw: string | null): StoredRecord {
  try {
    const value: unknown = JSON.parse(raw ?? 'null');
    if (value && typeof value === 'object' && 'answers' in value && value.answers && typeof value.answers === 'object') {
      const answers = Object.fromEntries(Object.entries(value.answers).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
      const date = 'date' in value && typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? value.date : today();
      return { answers, date };
    }
  } catch {
    // unreadable or refused: start afresh
  }
  return { answers: {}, date: today() };
}

export function writeRecord(unit: string, record: StoredRecord | null): void {
  writeStored(recordKey(unit), record && JSON.stringify(record), changeEvent);
}

export const readName = () => readStored(nameKey) ?? '';

export function writeName(name: string): void {
  writeStored(nameKey, name.slice(0, 100), changeEvent);
}

/** The reader's local date, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
