/** The longest passages (6+ words) two outlets print word for word, across every pair of columns. */
import { sharedPassages, ShingleCache, type TextBlock } from '../shared-wording.ts';
import { analysed } from './blocks.ts';
import type { ColumnInput, SharedRow } from './types.ts';

/** Pairs compared for shared wording: all pairs up to this many columns, then only pairs on the same event. */
const ALL_PAIRS_UP_TO = 40;
/** Shared passages kept: the longest, at most this many (pairs grow with the square of the outlets). */
const MAX_SHARED_PASSAGES = 40;
/** A passage is shared from this many words on. */
const MIN_SHARED_WORDS = 6;
/** Passages kept per pair of outlets. */
const PASSAGES_PER_PAIR = 3;

export function sharedWordingRows(columns: readonly ColumnInput[]): SharedRow[] {
  const rows: SharedRow[] = [];
  // Each column's paragraphs once, so its words and shingles are computed once for all its pairs.
  const blocks: readonly TextBlock[][] = columns.map((c) => analysed(c.blocks));
  const cache = new ShingleCache();
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const a = columns[i]!;
      const b = columns[j]!;
      if (columns.length > ALL_PAIRS_UP_TO && a.eventId !== b.eventId) continue;
      for (const p of sharedPassages(blocks[i]!, blocks[j]!, MIN_SHARED_WORDS, PASSAGES_PER_PAIR, cache))
        rows.push({ a: a.outletId, b: b.outletId, ...p });
    }
  }
  rows.sort((x, y) => y.words - x.words || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return rows.slice(0, MAX_SHARED_PASSAGES);
}
