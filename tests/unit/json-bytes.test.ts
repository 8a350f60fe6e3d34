/** The data files' writer (src/lib/json-bytes.ts) gives JSON.stringify(value, null, 2)'s text, whatever the depth, in parts or as a streamed body. */
import { describe, expect, it } from 'vitest';
import { jsonBody, jsonParts } from '../../src/lib/json-bytes.ts';

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

const joined = (value: unknown, depth?: number) => [...jsonParts(value, depth)].join('');

describe('jsonParts', () => {
  it.each([0, 1, 2, 3, 6])('writes what JSON.stringify(value, null, 2) writes, with a final newline, at depth %i', (depth) => {
    expect(joined(value, depth)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a top-level scalar, empty list and empty object as JSON.stringify does', () => {
    for (const v of ['text', 3, null, [], {}]) expect(joined(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('makes a part only when the one before it has been taken', () => {
    let read = 0;
    const list = new Proxy([1, 2, 3], { get: (target, key, receiver) => (key === '2' && read++, Reflect.get(target, key, receiver)) });
    const parts = jsonParts({ list }, 1);
    parts.next();
    expect(read).toBe(0);
  });
});

describe('jsonBody', () => {
  it('streams the same bytes, in chunks of about 64 KiB, as Astro reads a body', async () => {
    // 4,000 groups of 60 characters and more: several chunks, with characters of two and three bytes across their edges.
    const large = { events: Array.from({ length: 4000 }, (_, i) => ({ id: `g${i}`, text: `Russia–China “spring” ¶ ${'x'.repeat(40)}` })) };
    const response = new Response(jsonBody(large));
    const reader = new Response(jsonBody(large)).body!.getReader();
    let chunks = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks++;
      expect(r.value.byteLength).toBeLessThan(3 * (1 << 16) + 4096);
    }
    expect(chunks).toBeGreaterThan(3);
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(`${JSON.stringify(large, null, 2)}\n`);
  });
});
