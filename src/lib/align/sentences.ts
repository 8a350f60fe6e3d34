/**
 * The sentences of an article's blocks, as exact slices of each block's text.
 *
 * Splitting is the project's own (`sentenceSpans` in patterns.ts), which keeps
 * "U.S. President", "MD. Rana", "Jan. 21" and "Sept. 14" inside their
 * sentences; `Intl.Segmenter`'s sentence granularity splits after each of
 * them (checked on these articles). One more rule is added here: a copy that
 * lost a full stop ("… of international law This stance carries …") is split
 * where a lower-case word is followed by a capitalised pronoun or article that
 * opens a clause ("This", "These", "It", "They", "He", "She", "We", "The",
 * followed by a lower-case word), which mid-sentence English does not write.
 */
import { sentenceSpans } from '../patterns.ts';

/** Block kinds that hold sentences; headings are labels, not statements. */
export const SENTENCE_BLOCKS: ReadonlySet<string> = new Set(['standfirst', 'paragraph', 'item']);

const LOST_STOP = /(?<=\p{Ll})\s+(?=(?:This|These|It|They|He|She|We|The)\s+\p{Ll})/gu;

export interface SentenceSpan {
  /** The sentence exactly as printed. */
  text: string;
  start: number;
  end: number;
}

/** The sentences of one block's text, in order, each an exact slice of it. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [a, b] of sentenceSpans(text)) {
    let start = a;
    const piece = text.slice(a, b);
    for (const m of piece.matchAll(LOST_STOP)) {
      const end = a + m.index;
      if (end > start) out.push({ text: text.slice(start, end), start, end });
      start = a + m.index + m[0].length;
    }
    if (b > start) out.push({ text: text.slice(start, b), start, end: b });
  }
  return out.filter((s) => s.text.trim() !== '');
}
