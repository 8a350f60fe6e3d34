/** Formatting for people: dates in the article's own offset, counts with separators. */
import type { PointInTime } from '../schemas/fields.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 February 2026", or "4 February 2026, 16:41 (UTC+05:30)" when a time is known, in the offset the outlet used. */
export function formatPointInTime(point: PointInTime): string {
  const [y, m, d] = point.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = `${d} ${MONTHS[m - 1]} ${y}`;
  if (!point.hasTime) return day;
  const time = point.iso.slice(11, 16);
  const offset = point.iso.endsWith('Z') ? 'UTC' : `UTC${point.iso.slice(-6)}`;
  return `${day}, ${time} (${offset})`;
}

/** "4 Feb 2026": for tight spaces such as cards and table cells. */
export function formatShortDate(point: Pick<PointInTime, 'iso'>): string {
  const [y, m, d] = point.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]?.slice(0, 3)} ${y}`;
}

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 word" / "1,234 words". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Cuts text to about `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
