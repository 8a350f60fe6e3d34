/**
 * The two-outlet reader's pure logic: the word diff (lib/reader/diff.ts),
 * the rows and their order (lib/reader/rows.ts), and which pages are built
 * (lib/reader/pairs.ts). Small made-up articles, so exact values hold.
 */
import { describe, expect, it } from 'vitest';
import { wordDiff, type Piece } from '../../src/lib/reader/diff.ts';
import { prerenderedPairs, PRERENDER_MAX_OUTLETS } from '../../src/lib/reader/pairs.ts';
import { readerRows, rowId, type ReaderArticle, type ReaderGroup, type Row } from '../../src/lib/reader/rows.ts';
import { readerPath } from '../../src/lib/paths.ts';

const marked = (pieces: Piece[]) => pieces.filter((p) => p.marked).map((p) => p.text);
const joined = (pieces: Piece[]) => pieces.map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks the words each sentence has and the other has not, and gives each sentence back whole', () => {
    const a = 'Putin said trade stayed above $200 billion.';
    const b = 'Trade stayed above $200 billion, Putin noted.';
    const d = wordDiff(a, b);
    expect(joined(d.a)).toBe(a);
    expect(joined(d.b)).toBe(b);
    expect(marked(d.a).join(' ')).toMatch(/said/);
    expect(marked(d.b).join(' ')).toMatch(/noted/);
    expect(marked(d.a).join(' ')).not.toMatch(/billion/);
  });

  it('ignores case, quote marks and dashes, and marks nothing in identical wording', () => {
    const d = wordDiff('“Every season is spring” – he said.', '"every season is spring" - He said.');
    expect(marked(d.a)).toEqual([]);
    expect(marked(d.b)).toEqual([]);
  });

  it('marks a run of changed words as one piece, spaces and punctuation inside it included', () => {
    const d = wordDiff('The partnership and strategic cooperation are exemplary.', 'The partnership and strategic interaction is exemplary.');
    expect(marked(d.a)).toEqual(['cooperation are']);
    expect(marked(d.b)).toEqual(['interaction is']);
  });

  it('of two shortest diffs around a repeated word, takes the one with fewer runs', () => {
    const d = wordDiff(
      'According to the Russian leader, "the Russian-Chinese partnership is exemplary."',
      '"The Russian-Chinese partnership is exemplary," Putin said.',
    );
    expect(marked(d.a)).toEqual(['According to the Russian leader']);
    expect(marked(d.b)).toEqual(['Putin said']);
  });
});

const article = (outlet: string, paragraphs: string[]): ReaderArticle => ({
  outlet,
  article: outlet,
  blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, kind: 'paragraph', text, number: i + 1 })),
});
const group = (id: string, ...members: [string, number, string][]): ReaderGroup => ({
  id,
  label: null,
  members: members.map(([outlet, p, text]) => ({ outlet, article: outlet, paragraph: `p${p}`, text })),
});
/** Each row in short: "a:A1 | b:B2" (pair), "a:A2" (only), "a:A3 →row" (also). */
const shape = (rows: Row[]) =>
  rows.map((r) =>
    r.kind === 'pair'
      ? `${r.a.text} | ${r.b.text}`
      : r.kind === 'only'
        ? `${r.side}:${r.sentence.text}`
        : `${r.side}:${r.sentence.text} →${r.across}`,
  );

describe('readerRows', () => {
  const left = article('x', ['A1 one. A2 two.', 'A3 three.']);
  const right = article('y', ['B1 one. B2 two.', 'B3 three. B4 four.']);

  it('stands sentences of one group across from each other, follows the left order, and lists every sentence once', () => {
    const rows = readerRows(
      [left],
      [right],
      [group('g1', ['x', 1, 'A1 one.'], ['y', 1, 'B2 two.']), group('g3', ['x', 2, 'A3 three.'], ['y', 2, 'B4 four.'])],
    );
    // B3 is as near B2 as B4: a tie goes beside the sentence before it.
    expect(shape(rows)).toEqual(['b:B1 one.', 'A1 one. | B2 two.', 'b:B3 three.', 'a:A2 two.', 'A3 three. | B4 four.']);
    const texts = rows.flatMap((r) => (r.kind === 'pair' ? [r.a.text, r.b.text] : [r.sentence.text]));
    expect(texts.sort()).toEqual(['A1 one.', 'A2 two.', 'A3 three.', 'B1 one.', 'B2 two.', 'B3 three.', 'B4 four.']);
  });

  it('puts the right side’s unmatched run beside its nearer matched neighbour, in order', () => {
    const r2 = article('y', ['B1 one. B2 two. B3 three. B4 four. B5 five.']);
    const rows = readerRows(
      [left],
      [r2],
      [group('g1', ['x', 1, 'A1 one.'], ['y', 1, 'B1 one.']), group('g3', ['x', 2, 'A3 three.'], ['y', 1, 'B5 five.'])],
    );
    expect(shape(rows)).toEqual(['A1 one. | B1 one.', 'b:B2 two.', 'b:B3 three.', 'a:A2 two.', 'b:B4 four.', 'A3 three. | B5 five.']);
  });

  it('pairs a group one to one, most words in common first, and points a left-over sentence to its pair’s row', () => {
    const l = article('x', ['Trade rose sharply. Putin praised the exemplary partnership.']);
    const r = article('y', ['The partnership is exemplary, Putin said.']);
    const rows = readerRows(
      [l],
      [r],
      [
        group(
          'g',
          ['x', 1, 'Trade rose sharply.'],
          ['x', 1, 'Putin praised the exemplary partnership.'],
          ['y', 1, 'The partnership is exemplary, Putin said.'],
        ),
      ],
    );
    const pair = rows.find((x) => x.kind === 'pair')!;
    expect(pair.kind === 'pair' && pair.a.text).toBe('Putin praised the exemplary partnership.');
    const also = rows.find((x) => x.kind === 'also')!;
    expect(also.kind === 'also' && [also.sentence.text, also.across]).toEqual(['Trade rose sharply.', pair.id]);
  });

  it('ignores groups without both outlets, and other outlets’ members', () => {
    const rows = readerRows([left], [right], [group('g', ['x', 1, 'A1 one.'], ['z', 1, 'B1 one.'])]);
    expect(rows.every((r) => r.kind === 'only')).toBe(true);
    expect(rows).toHaveLength(7);
  });

  it('gives each row a unique id from its sentence’s paragraph id, the same on every run', () => {
    const groups = [group('g1', ['x', 1, 'A1 one.'], ['y', 1, 'B2 two.'])];
    const rows = readerRows([left], [right], groups);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows[1]!.id).toBe(rowId({ article: 'x', paragraph: 'p1', n: 1 }));
    expect(rows[1]!.id).toBe('r-x-p1-1');
    expect(readerRows([left], [right], groups).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('leaves headings out: they are labels, not sentences', () => {
    const withHeading: ReaderArticle = { ...left, blocks: [{ id: 'h', kind: 'heading', text: 'A heading', number: 0 }, ...left.blocks] };
    expect(readerRows([withHeading], [right], []).some((r) => r.kind === 'only' && r.sentence.text === 'A heading')).toBe(false);
  });
});

describe('prerenderedPairs and readerPath', () => {
  it('builds every ordered pair up to the bound, and none past it', () => {
    expect(prerenderedPairs(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'b'],
    ]);
    const many = Array.from({ length: PRERENDER_MAX_OUTLETS }, (_, i) => `o${i}`);
    expect(prerenderedPairs(many)).toHaveLength(PRERENDER_MAX_OUTLETS * (PRERENDER_MAX_OUTLETS - 1));
    expect(prerenderedPairs([...many, 'one-more'])).toEqual([]);
  });

  it('addresses a pair under its event', () => {
    expect(readerPath('putin-xi-call-2026-02-04', 'tass', 'rt')).toBe('/events/putin-xi-call-2026-02-04/read/tass/rt/');
  });
});
