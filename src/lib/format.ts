/** Formatting for people: dates in the article's own offset, counts with separators. */
import type { PointInTime } from '../schemas/fields.ts';

export { formatCount, plural } from './count.ts';

// The date parts are read in UTC: `iso` already holds the day in the outlet's own offset.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The calendar day written in an ISO date or date-time, as a UTC instant (so no time zone moves it). */
const dayOf = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** "4 February 2026", or "4 February 2026, 16:41 (UTC+05:30)" when a time is known, in the offset the outlet used. */
export function formatPointInTime(point: Pick<PointInTime, 'iso' | 'hasTime'>): string {
  const day = LONG_DATE.format(dayOf(point.iso));
  if (!point.hasTime) return day;
  const time = point.iso.slice(11, 16);
  const offset = point.iso.endsWith('Z') ? 'UTC' : `UTC${point.iso.slice(-6)}`;
  return `${day}, ${time} (${offset})`;
}

/** "4 Feb 2026": for tight spaces such as cards and table cells. */
export function formatShortDate(point: Pick<PointInTime, 'iso'>): string {
  // en-GB writes "Sept" for September; the site's short dates use three letters throughout.
  return SHORT_DATE.format(dayOf(point.iso)).replace('Sept', 'Sep');
}

/** Cuts text to about `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
