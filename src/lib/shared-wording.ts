/**
 * Passages two articles share word for word: the trace of a common source
 * (a Kremlin readout, an agency wire) or of one outlet rewriting another.
 * Runs are found with word shingles, so a pair costs time in proportion to
 * the two articles' lengths; a run never crosses a paragraph boundary.
 */
import { fold } from './fold.ts';

export interface TextBlock {
  id: string;
  text: string;
}

interface Token {
  word: string;
  block: number;
  start: number;
  end: number;
}

export interface SharedPassage {
  /** Number of words shared. */
  words: number;
  /** The passage as the first article prints it. */
  text: string;
  /** The passage as the second article prints it (its capitals and quote marks may differ). */
  textB: string;
  aBlock: string;
  bBlock: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

function tokens(blocks: readonly TextBlock[]): Token[] {
  return blocks.flatMap((b, block) =>
    [...b.text.matchAll(WORD)].map((m) => ({ word: fold(m[0].toLowerCase()), block, start: m.index, end: m.index + m[0].length })),
  );
}

interface Shingled {
  tokens: Token[];
  /** Each word as a number (the same word, the same number, across everything one cache has seen). */
  words: Int32Array;
  /** Each position's run of `minWords` words within one paragraph as a number, or -1 where the run would cross a paragraph's or the article's end. */
  shingles: Int32Array;
  /** Each run's number → the positions it starts at, in order. */
  index: Map<number, number[]>;
}

/**
 * An article's words and shingles, computed once per article and run length when one is compared with many (pass
 * the same cache). Words and runs are numbered once, so comparing a pair makes no strings: at 100 outlets an edition
 * compares 4,950 pairs, and building each run's text for every pair was most of its comparison's time.
 */
export class ShingleCache {
  /** By run length: an article's runs of 6 words are not its runs of 8. */
  readonly #articles = new Map<number, WeakMap<readonly TextBlock[], Shingled>>();
  readonly #words = new Map<string, number>();
  readonly #shingles = new Map<string, number>();

  get(blocks: readonly TextBlock[], minWords: number): Shingled {
    let articles = this.#articles.get(minWords);
    if (!articles) this.#articles.set(minWords, (articles = new WeakMap()));
    const known = articles.get(blocks);
    if (known) return known;
    const t = tokens(blocks);
    const words = Int32Array.from(t, (x) => number(this.#words, x.word));
    const shingles = new Int32Array(t.length).fill(-1);
    const index = new Map<number, number[]>();
    for (let i = 0; i + minWords <= t.length; i++) {
      if (t[i]!.block !== t[i + minWords - 1]!.block) continue;
      const k = number(this.#shingles, words.subarray(i, i + minWords).join(' '));
      shingles[i] = k;
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
    const made = { tokens: t, words, shingles, index };
    articles.set(blocks, made);
    return made;
  }
}

/** `key`'s number in `numbers`, given the next one when it has none yet. */
function number(numbers: Map<string, number>, key: string): number {
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size));
  return n;
}

/**
 * The longest shared runs of at least `minWords` words, longest first, at most `limit`. A caller comparing
 * many pairs passes one `cache`, so each article is split into words once.
 */
export function sharedPassages(
  a: readonly TextBlock[],
  b: readonly TextBlock[],
  minWords = 6,
  limit = 5,
  cache: ShingleCache = new ShingleCache(),
): SharedPassage[] {
  const { tokens: ta, words: wa, index } = cache.get(a, minWords);
  const { tokens: tb, words: wb, shingles: sb } = cache.get(b, minWords);
  const runs: { i: number; j: number; n: number }[] = [];
  // Positions of a inside a run already found, by diagonal (i - j) and position: one number each.
  const covered = new Set<number>();
  const at = (i: number, j: number) => (i - j + tb.length) * (ta.length + 1) + i;
  for (let j = 0; j + minWords <= tb.length; j++) {
    if (sb[j] === -1) continue;
    for (const i of index.get(sb[j]!) ?? []) {
      if (covered.has(at(i, j))) continue; // inside a run already found on this diagonal
      let n = minWords;
      while (
        i + n < ta.length &&
        j + n < tb.length &&
        wa[i + n] === wb[j + n] &&
        ta[i + n]!.block === ta[i]!.block &&
        tb[j + n]!.block === tb[j]!.block
      )
        n++;
      for (let k = 0; k < n; k++) covered.add(at(i + k, j + k));
      runs.push({ i, j, n });
    }
  }
  runs.sort((x, y) => y.n - x.n || x.i - y.i);
  return runs.slice(0, limit).map(({ i, j, n }) => {
    const first = ta[i]!;
    const last = ta[i + n - 1]!;
    const firstB = tb[j]!;
    const lastB = tb[j + n - 1]!;
    return {
      words: n,
      text: a[first.block]!.text.slice(first.start, last.end),
      textB: b[firstB.block]!.text.slice(firstB.start, lastB.end),
      aBlock: a[first.block]!.id,
      bBlock: b[firstB.block]!.id,
    };
  });
}
