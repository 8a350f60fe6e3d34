/**
 * Every case of the bad-content corpus (tests/fixtures/bad-content/) through
 * the build's content checks without Astro (tests/helpers/content-stages.ts):
 * each stops at its stage with exactly its message, naming the file, the
 * field or line and the fix. One case per stage also goes through the real
 * build (tests/build/bad-content.test.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { badCase, badCases, brokenContent, endToEnd, expectOneMessage } from '../helpers/bad-content.ts';
import { root } from '../helpers/build.ts';
import { checkContent } from '../helpers/content-stages.ts';

vi.mock('astro:content', async () => (await import('../helpers/content-stages.ts')).astroContent());
vi.mock('astro/loaders', async () => (await import('../helpers/content-stages.ts')).astroLoaders());

describe('the content checks without Astro', () => {
  it('pass the real content through every stage, up to the comparison', async () => {
    expect(await checkContent(path.join(root, 'content'))).toEqual({ stage: 'comparison', problems: [] });
  });

  it.each(badCases)('$name: stops with its one message', async (c) => {
    const dir = await brokenContent(c);
    try {
      const { problems } = await checkContent(dir);
      expectOneMessage(problems, dir, c);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // The build tests pick one case per stage: each must still fail at that stage.
  it.each(Object.entries(endToEnd))('the build tests’ case for %s fails at that stage', async (_, { name, stage }) => {
    const dir = await brokenContent(badCase(name));
    try {
      expect((await checkContent(dir)).stage).toBe(stage);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
