/** The data files' writer (src/lib/json-bytes.ts) gives JSON.stringify(value, null, 2)'s bytes, whatever the depth. */
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../src/lib/json-bytes.ts';

const value = {
  version: 1,
  empty: { list: [], object: {} },
  skipped: undefined,
  fn: () => 1,
  when: new Date(Date.UTC(2026, 1, 4)),
  events: [
    { event: 'a', groups: [{ id: 'g', label: 'Russia–China “spring”', members: [{ outlet: 'tass', text: 'Line\nbreak "quoted" \\ ¶' }] }] },
    { event: 'b', groups: [], missing: undefined },
    [1, undefined, null, 'x', [[]]],
  ],
};

describe('jsonBytes', () => {
  it.each([0, 1, 2, 3, 6])('writes what JSON.stringify(value, null, 2) writes, with a final newline, at depth %i', (depth) => {
    expect(jsonBytes(value, depth).toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a top-level scalar, empty list and empty object as JSON.stringify does', () => {
    for (const v of ['text', 3, null, [], {}]) expect(jsonBytes(v).toString('utf8')).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });
});
