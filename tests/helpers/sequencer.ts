/**
 * The order the `site` project's files start in: the longest first, so the two workers finish together. Without it
 * Vitest orders a fresh clone's files by size (by their last durations only once it has run them here), and the
 * two longest by time are not the largest: smoke.test.ts (axe on every page) started eighth and incremental.test.ts
 * (three builds in its hook) near the end, where it ran alone. Measured on 2026-12-02, 2 cores: 933 s in that
 * order, 719 s in this one. The files named here start first, in this order; the rest follow in Vitest's.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = [
  'browser/smoke',
  'browser/search',
  'build/incremental',
  'browser/outlet-first',
  'browser/scale',
  'build/bad-content',
  'browser/update',
  'browser/compare-fits',
];

const rank = (spec: TestSpecification): number => {
  const i = FIRST.findIndex((name) => spec.moduleId.endsWith(`/tests/${name}.test.ts`));
  return i < 0 ? FIRST.length : i;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: the files not named keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
