/**
 * The words that differ between two sentences that report the same thing.
 *
 * Each sentence is cut into words with `Intl.Segmenter` (so "Russian-Chinese"
 * is two words and punctuation is not a word), the words are compared folded
 * (case, curly and straight quotes, dashes: fold.ts) with jsdiff's
 * `diffArrays` (Myers' algorithm), and the words on one side only are marked.
 * The result covers the sentence exactly: its pieces joined give it back.
 */
import { diffArrays } from 'diff';
import { fold } from '../fold.ts';

/** A run of a sentence: marked when its words are not in the other sentence. */
export interface Piece {
  text: string;
  marked: boolean;
}

interface Word {
  start: number;
  end: number;
  key: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length, key: fold(s.segment).toLowerCase() });
  }
  return out;
}

/** Cuts `text` into pieces, marking the words whose index is in `marked`; a run of marked words with only spaces or punctuation between them is one piece. */
function pieces(text: string, list: Word[], marked: ReadonlySet<number>): Piece[] {
  const out: Piece[] = [];
  const push = (piece: string, isMarked: boolean) => {
    if (!piece) return;
    const last = out.at(-1);
    if (last && last.marked === isMarked) last.text += piece;
    else out.push({ text: piece, marked: isMarked });
  };
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (!marked.has(i)) continue;
    // The gap before a marked word joins the mark when the word before it is marked too.
    const joined = i > 0 && marked.has(i - 1);
    if (joined) push(text.slice(at, w.end), true);
    else {
      push(text.slice(at, w.start), false);
      push(text.slice(w.start, w.end), true);
    }
    at = w.end;
  }
  push(text.slice(at), false);
  return out;
}

/** The indexes of the words on one side only, by jsdiff's `diffArrays` on the folded words. */
function unshared(ka: string[], kb: string[]): { a: Set<number>; b: Set<number> } {
  const a = new Set<number>();
  const b = new Set<number>();
  let i = 0;
  let j = 0;
  for (const change of diffArrays(ka, kb)) {
    if (change.removed) for (let k = 0; k < change.count; k++) a.add(i++);
    else if (change.added) for (let k = 0; k < change.count; k++) b.add(j++);
    else {
      i += change.count;
      j += change.count;
    }
  }
  return { a, b };
}

/** How many separate runs of marked words a side has. */
const runs = (marked: ReadonlySet<number>) => [...marked].filter((i) => !marked.has(i - 1)).length;

/**
 * The two sentences cut into pieces, each marking the words the other does
 * not have. A word repeated ("the Russian leader, the Russian-Chinese…") can
 * make several shortest diffs; the one diffed from the end is taken when it
 * marks fewer separate runs, so changes read as whole phrases.
 */
export function wordDiff(a: string, b: string): { a: Piece[]; b: Piece[] } {
  const wa = words(a);
  const wb = words(b);
  const ka = wa.map((w) => w.key);
  const kb = wb.map((w) => w.key);
  const forward = unshared(ka, kb);
  const back = unshared([...ka].reverse(), [...kb].reverse());
  const flip = (set: Set<number>, n: number) => new Set([...set].map((i) => n - 1 - i));
  const backward = { a: flip(back.a, ka.length), b: flip(back.b, kb.length) };
  const best = runs(backward.a) + runs(backward.b) < runs(forward.a) + runs(forward.b) ? backward : forward;
  return { a: pieces(a, wa, best.a), b: pieces(b, wb, best.b) };
}

/** The share of two sentences' words they have in common (0–1): how alike two wordings are. */
export function overlap(a: string, b: string): number {
  const ka = new Set(words(a).map((w) => w.key));
  const kb = new Set(words(b).map((w) => w.key));
  if (ka.size === 0 || kb.size === 0) return 0;
  let common = 0;
  for (const k of ka) if (kb.has(k)) common++;
  return common / Math.max(ka.size, kb.size);
}
