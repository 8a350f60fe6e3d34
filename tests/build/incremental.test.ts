/**
 * Incremental builds (src/data/incremental.ts, src/build/incremental.ts): a
 * synthetic archive of 5 outlets × 5 editions is built, one article of the
 * oldest edition is corrected, and the site is built again into the same
 * folder. That rebuild renders only the editions the correction reaches and
 * takes the others from the last build, and what it leaves is, file for file
 * and byte for byte (compressed copies, search index, sitemap and service
 * worker included), what a full build of the corrected archive leaves.
 * That a change to anything but an article's body changes the key every
 * edition's starts from: tests/unit/incremental.test.ts.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/build/synthetic.ts';
import { cleanup, root, runBuild, snapshotFolder, type BuildResult } from '../helpers/build.ts';

const SENTENCE = 'This article was corrected on 2 December to give the minister’s full title.';
let content: string;
let incremental: string;
let full: string;
let first: BuildResult;
let rebuilt: BuildResult;
let fullBuild: BuildResult;

const taken = (output: string) => Number(/(\d+) unchanged editions? taken from the last build/.exec(output)?.[1] ?? 0);

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'parallax-incremental-'));
  incremental = path.join(content, 'dist-incremental');
  full = path.join(content, 'dist-full');
  await writeSyntheticCorpus(path.join(root, 'content'), path.join(content, 'content'), 25);
  // Kept between the two builds, as `content/`'s is: Astro's content cache and each event's alignment.
  const keep = { PARALLAX_CACHE_DIR: cache() };
  first = await runBuild(path.join(content, 'content'), incremental, keep);
  expect(first.code, first.output).toBe(0);
  // A correction to an article of the oldest edition (a-000000, as in the benchmark).
  const article = path.join(content, 'content/articles/a-000000.md');
  await writeFile(article, `${(await readFile(article, 'utf8')).trimEnd()}\n\n${SENTENCE}\n`);
  rebuilt = await runBuild(path.join(content, 'content'), incremental, keep);
  expect(rebuilt.code, rebuilt.output).toBe(0);
  fullBuild = await runBuild(path.join(content, 'content'), full, { PARALLAX_FULL_BUILD: '1' });
  expect(fullBuild.code, fullBuild.output).toBe(0);
}, 600_000);

afterAll(() => cleanup(content));

const cache = () => path.join(content, 'cache');

describe('a rebuild after one correction', () => {
  it('renders only the editions it reaches and takes the others from the last build', () => {
    expect(taken(first.output)).toBe(0);
    // Five editions: the corrected one and those that list it as earlier coverage are rendered, the rest taken.
    expect(taken(rebuilt.output)).toBeGreaterThan(0);
    expect(taken(rebuilt.output)).toBeLessThan(5);
    expect(taken(fullBuild.output)).toBe(0);
  });

  it('keeps one alignment per event: the corrected event’s earlier groups are removed, the others kept', async () => {
    const kept = (await readdir(path.join(cache(), 'parallax-alignment'))).filter((f) => f.endsWith('.json'));
    expect(kept).toHaveLength(5);
  });

  it('shows the correction on the article page', async () => {
    expect(await readFile(path.join(incremental, 'outlets/outlet-0000/a-000000/index.html'), 'utf8')).toContain(SENTENCE);
  });

  it('leaves the same files, byte for byte, as a full build', async () => {
    const [a, b] = await Promise.all([snapshotFolder(incremental), snapshotFolder(full)]);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([file, bytes]) => b.get(file) !== bytes).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
