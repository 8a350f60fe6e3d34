/**
 * The comparison's topics, word choice and sources against the hand-made
 * reading of the five articles (tests/fixtures/gold/reading.yaml): what is
 * shown to readers must all be supported by the reading (precision 1.0), and
 * what the reading finds must nearly all be shown (recall at least 0.95).
 * How items are counted: tests/helpers/gold-reading.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../src/lib/comparison/index.ts';
import { allOutletsInput } from '../helpers/corpus.ts';
import { readReading, scoreReading } from '../helpers/gold-reading.ts';

const input = allOutletsInput();
const scores = scoreReading(readReading(), buildComparison(input), input.columns);

describe('topics, word choice and sources against the gold reading', () => {
  it('prints precision and recall per category and overall', () => {
    const pct = (n: number) => n.toFixed(3);
    console.log(
      ['category      precision  recall  (shown, required, left out: headline/heading)']
        .concat(
          Object.entries(scores).map(
            ([k, s]) => `${k.padEnd(13)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  (${s.shown}, ${s.required}, ${s.skipped})`,
          ),
        )
        .join('\n'),
    );
    expect(scores.overall.shown).toBeGreaterThan(0);
  });
  for (const category of ['topics', 'word choice', 'sources'] as const) {
    it(`${category}: everything shown is in the reading (precision 1.0)`, () => {
      expect(scores[category].wrong).toEqual([]);
      expect(scores[category].precision).toBe(1);
    });
    it(`${category}: recall is at least 0.95`, () => {
      expect(scores[category].recall, scores[category].missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
