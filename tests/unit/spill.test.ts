/**
 * The build's memo for large per-edition values (src/data/spill.ts): each
 * value is computed once; with a spill folder only the last few used stay in
 * memory and the others come back from disk, equal but not the same object;
 * without one (the dev server) every value stays in memory.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spillMemo } from '../../src/data/spill.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-spill-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A value like a comparison's: nested objects, arrays, a Map, text outside Latin-1. */
const valueOf = (key: string) => ({ key, rows: [{ cells: new Map([['tass', { words: `“${key}” – ¶` }]]) }], count: key.length });

function counted(folder?: string) {
  const computed: string[] = [];
  const memo = spillMemo(
    'test',
    async (key) => {
      computed.push(key);
      return valueOf(key);
    },
    folder,
  );
  return { memo, computed };
}

describe('the spill memo', () => {
  it('computes each value once, and gives it back from memory while it is among the last used', async () => {
    const { memo, computed } = counted(dir);
    const first = await memo.get('a');
    expect(await memo.get('a')).toBe(first);
    expect(computed).toEqual(['a']);
  });

  it('keeps three values in memory and reads an older one back from its folder, equal and not recomputed', async () => {
    const { memo, computed } = counted(dir);
    const a = await memo.get('a');
    for (const key of ['b', 'c', 'd']) await memo.get(key);
    expect(await readdir(dir)).toHaveLength(4);
    const again = await memo.get('a');
    expect(again).toEqual(a);
    expect(again).not.toBe(a);
    // 'd' is still among the last three used: the same object.
    expect(await memo.get('d')).toBe(await memo.get('d'));
    expect(computed).toEqual(['a', 'b', 'c', 'd']);
  });

  it('asked twice at once, computes once', async () => {
    const { memo, computed } = counted(dir);
    const [x, y] = await Promise.all([memo.get('a'), memo.get('a')]);
    expect(x).toBe(y);
    expect(computed).toEqual(['a']);
  });

  it('without a folder (outside the build script) keeps every value in memory and writes nothing', async () => {
    const { memo, computed } = counted(undefined);
    const a = await memo.get('a');
    for (const key of ['b', 'c', 'd', 'e']) await memo.get(key);
    expect(await memo.get('a')).toBe(a);
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await readdir(dir)).toEqual([]);
  });
});
