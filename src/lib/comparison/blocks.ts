/** What every analysis shares: which blocks it reads, how it points at one, how it marks matches. */
import type { Block } from '../blocks.ts';
import { sentenceSpans, type Match } from '../patterns.ts';
import type { ArticleInput, BlockRef, CountCell, Segment } from './types.ts';

/** The blocks an analysis reads: paragraphs, list items and the standfirst; not subheadings. */
export const analysed = (blocks: readonly Block[]): Block[] => blocks.filter((b) => b.kind !== 'heading');

export const ref = (b: Block): BlockRef => ({ id: b.id, number: b.number });

/** Splits a text at its matches into marked and unmarked pieces. */
export function segments(text: string, matches: readonly { start: number; end: number }[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * Each matcher's matches per text: countCells is called once per key with the same matcher (one per word-choice group
 * or for the sources), so without this every paragraph was matched again for every key, the square of the keys.
 */
const matched = new WeakMap<(text: string) => Match[], Map<string, Match[]>>();
function matchOnce(match: (text: string) => Match[], text: string): Match[] {
  let byText = matched.get(match);
  if (!byText) matched.set(match, (byText = new Map()));
  let found = byText.get(text);
  if (!found) byText.set(text, (found = match(text)));
  return found;
}

/** How often each column's analysed text matches `key`, and in which paragraphs. */
export function countCells(
  columns: readonly Pick<ArticleInput, 'outletId' | 'blocks'>[],
  match: (text: string) => Match[],
  key: string,
): Record<string, CountCell> {
  const cells: Record<string, CountCell> = {};
  for (const c of columns) {
    const cell: CountCell = { count: 0, blocks: [], words: [] };
    for (const b of analysed(c.blocks)) {
      const found = matchOnce(match, b.text).filter((m) => m.key === key);
      if (found.length === 0) continue;
      cell.count += found.length;
      cell.blocks.push(ref(b));
      // The words as printed, counted per paragraph: "Russia-Ukraine conflict" ×1, not the variant's name.
      const starts = new Map<string, number[]>();
      for (const m of found) starts.set(m.text, [...(starts.get(m.text) ?? []), m.start]);
      for (const [text, at] of starts) cell.words.push({ text, count: at.length, block: ref(b), starts: at });
    }
    cells[c.outletId] = cell;
  }
  return cells;
}

/**
 * The sentences of a marked paragraph that hold a mark, each as its own segments: what a topic lane shows
 * instead of the whole paragraph. A paragraph with no mark gives no sentence.
 */
export function markedSentences(pieces: readonly Segment[]): Segment[][] {
  const text = pieces.map((p) => p.text).join('');
  const out: Segment[][] = [];
  for (const [start, end] of sentenceSpans(text)) {
    const sentence: Segment[] = [];
    let at = 0;
    for (const p of pieces) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + p.text.length);
      if (to > from) sentence.push({ text: p.text.slice(from - at, to - at), mark: p.mark });
      at += p.text.length;
    }
    if (sentence.some((s) => s.mark)) out.push(sentence);
  }
  return out;
}
