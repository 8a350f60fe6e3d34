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
  /** Each run of `minWords` words within one paragraph → where it starts. */
  index: Map<string, number[]>;
}

/** An article's words and shingles, computed once per article when one is compared with many (pass the same cache). */
export type ShingleCache = WeakMap<readonly TextBlock[], Shingled>;

function shingled(blocks: readonly TextBlock[], minWords: number, cache: ShingleCache): Shingled {
  const known = cache.get(blocks);
  if (known) return known;
  const t = tokens(blocks);
  const index = new Map<string, number[]>();
  for (let i = 0; i + minWords <= t.length; i++) {
    if (t[i]!.block !== t[i + minWords - 1]!.block) continue;
    const k = shingle(t, i, minWords);
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  }
  const made = { tokens: t, index };
  cache.set(blocks, made);
  return made;
}

const shingle = (t: readonly Token[], i: number, minWords: number) =>
  t
    .slice(i, i + minWords)
    .map((x) => x.word)
    .join(' ');

/**
 * The longest shared runs of at least `minWords` words, longest first, at most `limit`. A caller comparing
 * many pairs passes one `cache` (for one `minWords`), so each article is split into words once.
 */
export function sharedPassages(
  a: readonly TextBlock[],
  b: readonly TextBlock[],
  minWords = 6,
  limit = 5,
  cache: ShingleCache = new WeakMap(),
): SharedPassage[] {
  const { tokens: ta, index } = shingled(a, minWords, cache);
  const { tokens: tb } = shingled(b, minWords, cache);
  const runs: { i: number; j: number; n: number }[] = [];
  const covered = new Set<string>();
  for (let j = 0; j + minWords <= tb.length; j++) {
    if (tb[j]!.block !== tb[j + minWords - 1]!.block) continue;
    for (const i of index.get(shingle(tb, j, minWords)) ?? []) {
      if (covered.has(`${i - j}:${i}`)) continue; // inside a run already found on this diagonal
      let n = minWords;
      while (
        i + n < ta.length &&
        j + n < tb.length &&
        ta[i + n]!.word === tb[j + n]!.word &&
        ta[i + n]!.block === ta[i]!.block &&
        tb[j + n]!.block === tb[j]!.block
      )
        n++;
      for (let k = 0; k < n; k++) covered.add(`${i - j}:${i + k}`);
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
