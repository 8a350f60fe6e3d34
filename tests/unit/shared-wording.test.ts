import { describe, expect, it } from 'vitest';
import { sharedPassages, ShingleCache } from '../../src/lib/shared-wording.ts';

describe('sharedPassages', () => {
  const a = [
    { id: 'a1', text: 'As permanent members of the UN Security Council, China and Russia agreed.' },
    { id: 'a2', text: 'Nothing here is shared with the other text at all.' },
  ];
  const b = [{ id: 'b1', text: 'Both said that, as permanent members of the UN Security Council, they would act.' }];

  it('finds the longest run of shared words, case-insensitively, with its paragraphs', () => {
    expect(sharedPassages(a, b, 6)).toEqual([
      // Each side as it prints the passage: b writes "as", lower case.
      {
        words: 8,
        text: 'As permanent members of the UN Security Council',
        textB: 'as permanent members of the UN Security Council',
        aBlock: 'a1',
        bBlock: 'b1',
      },
    ]);
  });
  it('ignores runs shorter than the minimum', () => {
    expect(sharedPassages(a, b, 9)).toEqual([]);
  });
  it('never joins words across a paragraph boundary', () => {
    const x = [
      { id: 'x1', text: 'one two three' },
      { id: 'x2', text: 'four five six' },
    ];
    const y = [{ id: 'y1', text: 'one two three four five six' }];
    expect(sharedPassages(x, y, 4)).toEqual([]);
  });
  it('reports a repeated run once per place, longest first, up to the limit', () => {
    const x = [{ id: 'x1', text: 'alpha beta gamma delta epsilon zeta. alpha beta gamma delta epsilon zeta eta theta' }];
    const y = [{ id: 'y1', text: 'alpha beta gamma delta epsilon zeta eta theta' }];
    expect(sharedPassages(x, y, 6, 1).map((p) => p.words)).toEqual([8]);
  });
  it('gives every pair the same passages through one cache as each pair alone', () => {
    // Words and runs are numbered once per cache: numbers from one article must mean the same words in every other.
    const texts = [
      [{ id: 'p1', text: 'The two leaders discussed energy, trade and the Power of Siberia 2 pipeline at length.' }],
      [
        { id: 'q1', text: 'They discussed energy, trade and the Power of Siberia 2 pipeline.' },
        { id: 'q2', text: 'At length the call ended.' },
      ],
      [{ id: 'r1', text: 'Trade and the Power of Siberia 2 pipeline were discussed at length by the two leaders.' }],
      [{ id: 's1', text: 'Nothing in this one is shared with any other.' }],
      [
        { id: 't1', text: 'the two leaders discussed energy' },
        { id: 't2', text: 'trade and the power of siberia 2 pipeline at length' },
      ],
    ];
    const cache = new ShingleCache();
    const pairs = texts.flatMap((x, i) => texts.slice(i + 1).map((y) => [x, y] as const));
    // Both orders, so each pair is compared with either article as the first.
    for (const [x, y] of [...pairs, ...pairs.map(([x, y]) => [y, x] as const)]) {
      expect(sharedPassages(x, y, 4, 5, cache)).toEqual(sharedPassages(x, y, 4, 5));
    }
    expect(sharedPassages(texts[0]!, texts[1]!, 4, 5, cache).map((p) => p.text)).toEqual([
      'discussed energy, trade and the Power of Siberia 2 pipeline',
    ]);
    expect(sharedPassages(texts[0]!, texts[4]!, 4, 5, cache).map((p) => p.words)).toEqual([10, 5]);
  });
  it('keeps runs of each length apart in one cache', () => {
    // Cached at 4 words, the same articles compared at 8 must not match a 4-word run as 8.
    const x = [{ id: 'x1', text: 'one two three four five six seven eight nine' }];
    const y = [{ id: 'y1', text: 'one two three four and then nothing else in common' }];
    const cache = new ShingleCache();
    expect(sharedPassages(x, y, 4, 5, cache).map((p) => p.words)).toEqual([4]);
    expect(sharedPassages(x, y, 8, 5, cache)).toEqual([]);
    expect(sharedPassages(x, y, 4, 5, cache).map((p) => p.words)).toEqual([4]);
  });
});
