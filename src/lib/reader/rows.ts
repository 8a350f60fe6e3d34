/**
 * The rows of the two-outlet reader: outlet A's article and outlet B's, one
 * sentence per side per row, sentences that report the same thing (one
 * alignment group) across from each other.
 *
 * Order: the rows follow A's article. A sentence of B that stands across from
 * one of A's takes that row; B's other sentences stand alone, each placed
 * beside its nearest neighbour in B's article that has a row already (the one
 * before it, or the one after when that is nearer), so a run of B's sentences
 * stays together and in B's order. Where the two outlets report the same
 * things in a different order, B's column cannot keep its order everywhere;
 * each sentence links to its paragraph.
 *
 * Within a group, A's and B's sentences are paired one to one, the pairs with
 * most words in common first; a sentence left over (A's two sentences on one
 * statement, B's one) stands on its own row and points to the row where the
 * other outlet's sentence stands.
 *
 * Pure and deterministic: the same articles and groups give the same rows,
 * and each row's id comes from its sentence's paragraph id, which never
 * changes on a rebuild.
 */
import { SENTENCE_BLOCKS, splitSentences } from '../align/sentences.ts';
import { overlap, wordDiff, type Piece } from './diff.ts';

export type Side = 'a' | 'b';

interface ReaderBlock {
  id: string;
  kind: string;
  text: string;
  /** 1-based among paragraphs and items; 0 is the standfirst. */
  number: number;
}

/** One outlet's article(s) on the event, in order. */
export interface ReaderArticle {
  outlet: string;
  article: string;
  blocks: readonly ReaderBlock[];
}

/** A group of /data/alignment.json: sentences of several outlets reporting one thing. */
export interface ReaderGroup {
  id: string;
  label: string | null;
  members: readonly { outlet: string; article: string; paragraph: string; text: string }[];
}

export interface Sentence {
  side: Side;
  outlet: string;
  article: string;
  paragraph: string;
  /** The paragraph's number (0: the standfirst). */
  number: number;
  /** 1-based position of the sentence in its paragraph. */
  n: number;
  text: string;
}

export type Row =
  /** Both outlets report it: A's sentence and B's, with the words that differ. */
  | { kind: 'pair'; id: string; group: string; label: string | null; a: Sentence; b: Sentence; pieces: { a: Piece[]; b: Piece[] } }
  /** Only one of the two outlets reports it. */
  | { kind: 'only'; id: string; side: Side; sentence: Sentence }
  /** Both report it, but the other outlet's sentence stands across from another of this outlet's: `across` is that row's id. */
  | { kind: 'also'; id: string; side: Side; group: string; label: string | null; sentence: Sentence; across: string };

/** The id of the row that holds a sentence: `r-<article>-<paragraph>-<n>`, stable as long as its paragraph is. */
export const rowId = (s: Pick<Sentence, 'article' | 'paragraph' | 'n'>): string => `r-${s.article}-${s.paragraph}-${s.n}`;

/** The sentences of an outlet's articles, in order: standfirst, paragraphs and list items (headings are labels, not statements). */
function sentencesOf(articles: readonly ReaderArticle[], side: Side): Sentence[] {
  const out: Sentence[] = [];
  for (const a of articles) {
    for (const block of a.blocks) {
      if (!SENTENCE_BLOCKS.has(block.kind)) continue;
      splitSentences(block.text).forEach((s, i) =>
        out.push({ side, outlet: a.outlet, article: a.article, paragraph: block.id, number: block.number, n: i + 1, text: s.text }),
      );
    }
  }
  return out;
}

const memberKey = (m: { article: string; paragraph: string; text: string }) => `${m.article}\u0000${m.paragraph}\u0000${m.text}`;

/** Pairs A's and B's members of one group one to one: most words in common first, then by position. */
function pairUp(as: number[], bs: number[], a: Sentence[], b: Sentence[]): [number, number][] {
  const candidates = as.flatMap((i) => bs.map((j) => ({ i, j, score: overlap(a[i]!.text, b[j]!.text) })));
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs;
}

/** The reader's rows for outlet A (left, whose order the rows follow) and outlet B. */
export function readerRows(left: readonly ReaderArticle[], right: readonly ReaderArticle[], groups: readonly ReaderGroup[]): Row[] {
  const a = sentencesOf(left, 'a');
  const b = sentencesOf(right, 'b');
  // Which group each sentence is in; a sentence a paragraph prints twice is in its group once, at its first printing (as in the aligner).
  const index = (list: Sentence[]) => {
    const map = new Map<string, number>();
    list.forEach((s, i) => {
      const key = memberKey(s);
      if (!map.has(key)) map.set(key, i);
    });
    return map;
  };
  const aIndex = index(a);
  const bIndex = index(b);
  const groupOfA = new Map<number, ReaderGroup>();
  const groupOfB = new Map<number, ReaderGroup>();
  const partnerOfA = new Map<number, number>();
  const partnerOfB = new Map<number, number>();
  for (const g of groups) {
    const as: number[] = [];
    const bs: number[] = [];
    for (const m of g.members) {
      const i = aIndex.get(memberKey(m));
      const j = bIndex.get(memberKey(m));
      if (i !== undefined && a[i]!.outlet === m.outlet) as.push(i);
      if (j !== undefined && b[j]!.outlet === m.outlet) bs.push(j);
    }
    if (as.length === 0 || bs.length === 0) continue;
    for (const i of as) groupOfA.set(i, g);
    for (const j of bs) groupOfB.set(j, g);
    for (const [i, j] of pairUp(as, bs, a, b)) {
      partnerOfA.set(i, j);
      partnerOfB.set(j, i);
    }
  }
  // The row (by A's sentence, or B's) where each group's first pair stands: where a left-over sentence points.
  const pairRowOf = new Map<string, string>();
  for (let i = 0; i < a.length; i++) {
    const g = groupOfA.get(i);
    if (g && partnerOfA.has(i) && !pairRowOf.has(g.id)) pairRowOf.set(g.id, rowId(a[i]!));
  }

  const rowFor = (side: Side, list: Sentence[], i: number): Row => {
    const s = list[i]!;
    const g = (side === 'a' ? groupOfA : groupOfB).get(i);
    if (!g) return { kind: 'only', id: rowId(s), side, sentence: s };
    return { kind: 'also', id: rowId(s), side, group: g.id, label: g.label, sentence: s, across: pairRowOf.get(g.id)! };
  };

  // A's sentences in order; B's partners take their rows.
  const rows: Row[] = a.map((s, i) => {
    const j = partnerOfA.get(i);
    if (j === undefined) return rowFor('a', a, i);
    const g = groupOfA.get(i)!;
    return { kind: 'pair', id: rowId(s), group: g.id, label: g.label, a: s, b: b[j]!, pieces: wordDiff(s.text, b[j]!.text) };
  });
  const rowOfB = new Map<number, number>();
  for (const [j, i] of partnerOfB) rowOfB.set(j, i);

  // B's other sentences: each run between two placed sentences of B is split, each sentence going beside the nearer one.
  const before = new Map<number, Row[]>();
  const after = new Map<number, Row[]>();
  const tail: Row[] = [];
  const add = (map: Map<number, Row[]>, at: number, row: Row) => map.set(at, [...(map.get(at) ?? []), row]);
  let previous: number | undefined;
  for (let j = 0; j < b.length; j++) {
    if (rowOfB.has(j)) {
      previous = j;
      continue;
    }
    let next: number | undefined;
    for (let k = j + 1; k < b.length; k++) {
      if (rowOfB.has(k)) {
        next = k;
        break;
      }
    }
    const row = rowFor('b', b, j);
    if (previous !== undefined && (next === undefined || j - previous <= next - j)) add(after, rowOfB.get(previous)!, row);
    else if (next !== undefined) add(before, rowOfB.get(next)!, row);
    else tail.push(row);
  }
  return [...rows.flatMap((row, i) => [...(before.get(i) ?? []), row, ...(after.get(i) ?? [])]), ...tail];
}
