// Which text of each provision applied on a given day: pure, so the boundaries can be tested.
import type { Status } from '../content/schema';

export interface TimelineEntry {
  /** The provision: instrument/article. */
  id: string;
  title: string;
  heading: string;
  effective: string;
  until?: string;
  status: Status;
  url: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string that is a real date, or undefined. */
export function parseDate(raw: string | null | undefined): string | undefined {
  if (!raw || !ISO.test(raw)) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

/** Versions in force on `date`: effective on or before it, and not ended before it. */
export function inForceOn(entries: TimelineEntry[], date: string): TimelineEntry[] {
  return entries.filter((e) => e.effective <= date && (!e.until || date <= e.until));
}
