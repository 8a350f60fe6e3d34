/**
 * Builds of one checkout take turns at the Astro step: Astro rewrites fixed
 * files in .astro/ on every build, and two builds at once (the bad-content
 * builds run two at a time) overwrote each other's. Four builds in all.
 */
import { cp, readdir, stat } from 'node:fs/promises';
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
/** Two full builds each: generous, as a shared or CI machine may be many times slower than an idle one. */
const TWO_BUILDS = 600_000;

async function outletPages(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'outlets'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('two builds of one checkout', () => {
  it(
    'into one folder, started while another build holds the Astro step, wait for it, then both succeed and leave one whole site',
    async ({ signal }) => {
      const dist = path.join(tmpdir(), `parallax-wait-${process.pid}`);
      scratch.push(dist);
      const release = await lockfile.lock(lockPath, { realpath: false, lockfilePath: lockPath });
      const results: (BuildResult | undefined)[] = [undefined, undefined];
      const waiting: Promise<void>[] = [];
      const running = [0, 1].map((i) => {
        let atLock!: () => void;
        waiting.push(new Promise<void>((resolve) => (atLock = resolve)));
        const onOutput = (output: string) => output.includes('Waiting for another build of this checkout to finish its Astro step') && atLock();
        return runBuild(path.join(root, 'content'), dist, {}, onOutput, signal).then((r) => {
          results[i] = r;
          atLock();
        });
      });
      try {
        await Promise.all(waiting);
        expect(results, results.map((r) => r?.output).join('\n')).toEqual([undefined, undefined]);
        // They stay there while the lock is held.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(results, results.map((r) => r?.output).join('\n')).toEqual([undefined, undefined]);
        expect(await exists(dist)).toBe(false);
      } finally {
        await release();
      }
      await Promise.all(running);
      for (const r of results) expect(r!.code, r!.output).toBe(0);
      expect(await exists(path.join(dist, 'index.html'))).toBe(true);
      expect(await exists(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
      expect(await exists(`${dist}.lock`)).toBe(false);
    },
    TWO_BUILDS,
  );

  it(
    'of different content, started together, each build only its own content',
    async ({ signal }) => {
      const sixth = await scratchContent((dir) => cp(path.join(root, 'tests/fixtures/sixth-outlet'), dir, { recursive: true }));
      const five = await scratchContent(() => undefined);
      const [distSix, distFive] = ['six', 'five'].map((n) => path.join(tmpdir(), `parallax-together-${n}-${process.pid}`)) as [string, string];
      scratch.push(sixth, five, distSix, distFive);
      const [a, b] = await Promise.all([runBuild(sixth, distSix, {}, undefined, signal), runBuild(five, distFive, {}, undefined, signal)]);
      expect(a.code, a.output).toBe(0);
      expect(b.code, b.output).toBe(0);
      expect(await outletPages(distSix)).toContain('example-wire');
      expect(await outletPages(distFive)).not.toContain('example-wire');
      expect(await outletPages(distFive)).toEqual((await outletPages(distSix)).filter((id) => id !== 'example-wire'));
    },
    TWO_BUILDS,
  );
});
