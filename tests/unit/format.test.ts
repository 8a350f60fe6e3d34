import { describe, expect, it } from 'vitest';
import { clip, formatCount, formatPointInTime, formatShortDate, plural } from '../../src/lib/format.ts';

describe('formatting for people', () => {
  it('writes dates in the offset the outlet used, whatever the machine’s time zone', () => {
    expect(formatPointInTime({ iso: '2026-02-04', hasTime: false })).toBe('4 February 2026');
    expect(formatPointInTime({ iso: '2026-02-04T23:41:00+05:30', hasTime: true })).toBe('4 February 2026, 23:41 (UTC+05:30)');
    expect(formatPointInTime({ iso: '2025-01-21T00:10:00Z', hasTime: true })).toBe('21 January 2025, 00:10 (UTC)');
    expect(formatShortDate({ iso: '2026-02-04T23:41:00-08:00' })).toBe('4 Feb 2026');
  });

  it('shortens every month to three letters', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatShortDate({ iso: `2026-${String(i + 1).padStart(2, '0')}-01` }).split(' ')[1]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('counts with separators and English plurals', () => {
    expect(formatCount(9508)).toBe('9,508');
    expect(plural(1, 'word')).toBe('1 word');
    expect(plural(0, 'word')).toBe('0 words');
    expect(plural(2735, 'word')).toBe('2,735 words');
    expect(plural(2, 'more paragraph')).toBe('2 more paragraphs');
    expect(plural(3, 'analysis', 'analyses')).toBe('3 analyses');
  });

  it('clips at a word boundary', () => {
    expect(clip('Every season is spring', 12)).toBe('Every…');
    expect(clip('short', 12)).toBe('short');
  });
});
