/**
 * Builds of one checkout take turns at the Astro step: Astro rewrites fixed
 * files in .astro/ on every build, and two builds at once (the bad-content
 * corpus runs two at a time) overwrote each other's.
 */
import { cp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, root, runBuild, scratchContent, type BuildResult } from '../helpers/build.ts';

const lockPath = path.join(root, 'node_modules/.astro/build.lock');
const scratch: string[] = [];
afterAll(() => cleanup(...scratch));

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
/** Two full builds each: generous, as CI machines are slower and noisier than this one. */
const TWO_BUILDS = 180_000;

async function outletPages(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'outlets'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('two builds of one checkout', () => {
  it(
    'waits while another build holds the Astro step, then finishes',
    async () => {
      const dist = path.join(tmpdir(), `parallax-wait-${process.pid}`);
      scratch.push(dist);
      const release = await lockfile.lock(lockPath, { realpath: false, lockfilePath: lockPath });
      let result: BuildResult | undefined;
      let waiting: () => void;
      const atLock = new Promise<void>((resolve) => (waiting = resolve));
      const build = runBuild(path.join(root, 'content'), dist, {}, (output) => {
        if (output.includes('Waiting for another build of this checkout to finish its Astro step')) waiting();
      }).then((r) => {
        result = r;
        waiting();
      });
      try {
        await atLock;
        expect(result, result?.output).toBeUndefined();
        // It stays there while the lock is held.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(result, result?.output).toBeUndefined();
        expect(await exists(dist)).toBe(false);
      } finally {
        await release();
      }
      await build;
      expect(result!.code, result!.output).toBe(0);
      expect(await exists(path.join(dist, 'index.html'))).toBe(true);
    },
    TWO_BUILDS,
  );

  it(
    'of different content, started together, each build only its own content',
    async () => {
      const sixth = await scratchContent((dir) => cp(path.join(root, 'tests/fixtures/sixth-outlet'), dir, { recursive: true }));
      const five = await scratchContent(() => undefined);
      const [distSix, distFive] = ['six', 'five'].map((n) => path.join(tmpdir(), `parallax-together-${n}-${process.pid}`)) as [string, string];
      scratch.push(sixth, five, distSix, distFive);
      const [a, b] = await Promise.all([runBuild(sixth, distSix), runBuild(five, distFive)]);
      expect(a.code, a.output).toBe(0);
      expect(b.code, b.output).toBe(0);
      expect(await outletPages(distSix)).toContain('example-wire');
      expect(await outletPages(distFive)).not.toContain('example-wire');
      expect(await outletPages(distFive)).toEqual((await outletPages(distSix)).filter((id) => id !== 'example-wire'));
    },
    TWO_BUILDS,
  );

  it(
    'into one folder, started together, both succeed and leave one whole site',
    async () => {
      const dist = path.join(tmpdir(), `parallax-same-${process.pid}`);
      scratch.push(dist);
      const results = await Promise.all([runBuild(path.join(root, 'content'), dist), runBuild(path.join(root, 'content'), dist)]);
      for (const r of results) expect(r.code, r.output).toBe(0);
      expect(await exists(path.join(dist, 'index.html'))).toBe(true);
      expect(await exists(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
      expect(await exists(`${dist}.lock`)).toBe(false);
      await rm(dist, { recursive: true, force: true });
    },
    TWO_BUILDS,
  );
});
