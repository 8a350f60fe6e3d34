import { describe, expect, it } from 'vitest';
import { sharedPassages } from '../../src/lib/shared-wording.ts';

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
});
