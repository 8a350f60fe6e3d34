/**
 * Broken content through the real build, one case of the bad-content corpus
 * for each stage that can stop it (the list is `endToEnd` in
 * tests/helpers/bad-content.ts; every case is a unit test in
 * tests/unit/bad-content.test.ts). Each must stop the build with exactly its
 * message and leave the last good site byte for byte. So must a site that
 * fails the integrity checks run after Astro.
 */
import { appendFile, cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCase, brokenContent, endToEnd, expectOneMessage } from '../helpers/bad-content.ts';
import { cleanup, runBuild, scratchContent, snapshotFolder, type BuildResult } from '../helpers/build.ts';
import { dist } from '../helpers/site.ts';

/** One build: generous, as the Astro step waits its turn and a shared or CI machine may be many times slower than an idle one. */
const ONE_BUILD = 300_000;

let previous: string;
let before: Map<string, string>;

beforeAll(async () => {
  // The last good site: a copy of the one `npm test` built (a fresh build would be the same bytes, and cost one more build).
  await stat(path.join(dist, 'index.html')).catch(() => {
    throw new Error(`${dist} has no site: run npm run build first`);
  });
  previous = path.join(await mkdtemp(path.join(tmpdir(), 'parallax-last-good-')), 'dist');
  await cp(dist, previous, { recursive: true });
  before = await snapshotFolder(previous);
});
afterAll(() => cleanup(path.dirname(previous)));

/** The problems the build's summary lists, one "  file: field: message" line each. */
function problemsOf(result: BuildResult): string[] {
  expect(result.code, result.output).not.toBe(0);
  expect(result.output).toContain('Build failed, dist/ was left as it was.');
  const summary = result.output.slice(result.output.lastIndexOf('Build failed'));
  return summary.split('\n').filter((l) => l.startsWith('  '));
}

describe('a build with broken content', () => {
  it.concurrent.for(Object.entries(endToEnd))(
    'stopped by %s, prints the one message and leaves the last site untouched',
    { timeout: ONE_BUILD },
    async ([, { name }], { signal }) => {
      const c = badCase(name);
      const content = await brokenContent(c);
      try {
        const result = await runBuild(content, previous, {}, undefined, signal);
        expectOneMessage(problemsOf(result), content, c);
        expect(await snapshotFolder(previous)).toEqual(before);
      } finally {
        await rm(content, { recursive: true, force: true });
      }
    },
  );
});

describe('a build whose site fails the integrity checks', () => {
  it('lists each problem with its page and leaves the last site untouched', { timeout: ONE_BUILD }, async ({ signal }) => {
    // An article may link to a paragraph of its own page (#id): one that does not exist is found after Astro, by the checks.
    const content = await scratchContent((dir) => appendFile(path.join(dir, 'articles/rt.md'), '\nSee [the paragraph above](#no-such-paragraph).\n'));
    try {
      const result = await runBuild(content, previous, {}, undefined, signal);
      expect(result.output).toContain('the built site failed 1 integrity check(s):');
      expect(problemsOf(result)).toEqual(['  /outlets/rt/: links to /outlets/rt/#no-such-paragraph, which has no element with that id']);
      expect(await snapshotFolder(previous)).toEqual(before);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
