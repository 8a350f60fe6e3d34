/**
 * The two fixture sites several test files read, built once per test run
 * (an Astro build is the dearest step of `npm test`):
 * - `newOutlets`: content/ plus three outlets dropped in with no code change,
 *   tests/fixtures/sixth-outlet (English, with an article on another event)
 *   and tests/fixtures/other-scripts (Chinese and Russian);
 * - `summit`: tests/fixtures/summit-edition, an edition about another kind
 *   of event.
 * They are built together, started while this process holds the Astro step's
 * lock, which is how tests/build/concurrent.test.ts sees that builds of one
 * checkout take turns and that each builds only its own content.
 */
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { inject } from 'vitest';
import { withLock } from '../../src/build/publish.ts';
import { root, runBuild, type BuildResult } from './build.ts';

export interface FixtureSites {
  newOutlets: BuildResult;
  summit: BuildResult;
  /** Whether each build said it was waiting for the Astro step while the lock was held. */
  waited: { newOutlets: boolean; summit: boolean };
  /** Whether both were still running 1.5 s after both said so (they must not start without the lock). */
  stillRunningWhileLocked: boolean;
}

/** Long enough for two builds in turn on a slow shared machine: give it to the hook that calls fixtureSites(). */
export const FIXTURE_BUILDS = 600_000;

const ASTRO_LOCK = path.join(root, 'node_modules/.astro/build.lock');
const WAITING = 'Waiting for another build of this checkout to finish its Astro step';

async function buildBoth(dir: string): Promise<FixtureSites> {
  const newOutlets = path.join(dir, 'new-outlets-content');
  await cp(path.join(root, 'content'), newOutlets, { recursive: true });
  for (const fixture of ['sixth-outlet', 'other-scripts']) await cp(path.join(root, 'tests/fixtures', fixture), newOutlets, { recursive: true });
  const summit = path.join(root, 'tests/fixtures/summit-edition');

  await mkdir(path.dirname(ASTRO_LOCK), { recursive: true });
  // Another test file's build may hold the lock (test files run two at a time): wait for it, as a build does.
  const release = await lockfile.lock(ASTRO_LOCK, {
    realpath: false,
    lockfilePath: ASTRO_LOCK,
    retries: { forever: true, factor: 1, minTimeout: 250, maxTimeout: 250 },
  });
  const waited = { newOutlets: false, summit: false };
  const finished = { newOutlets: false, summit: false };
  let stillRunningWhileLocked: boolean;
  const start = (name: keyof typeof waited, content: string) => {
    let atLock!: () => void;
    const reached = new Promise<void>((resolve) => (atLock = resolve));
    const done = runBuild(content, path.join(dir, `${name}-dist`), {}, (output) => {
      if (output.includes(WAITING)) {
        waited[name] = true;
        atLock();
      }
    }).then((result) => {
      finished[name] = true;
      atLock();
      return result;
    });
    return { reached, done };
  };
  const a = start('newOutlets', newOutlets);
  const b = start('summit', summit);
  try {
    await Promise.all([a.reached, b.reached]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    stillRunningWhileLocked = !finished.newOutlets && !finished.summit;
  } finally {
    await release();
  }
  const [outletsResult, summitResult] = await Promise.all([a.done, b.done]);
  return { newOutlets: outletsResult, summit: summitResult, waited, stillRunningWhileLocked };
}

/** Builds the fixture sites on the first call in a test run; later calls, from any test file, read the record. */
export async function fixtureSites(): Promise<FixtureSites> {
  const dir = inject('fixturesDir');
  const record = path.join(dir, 'sites.json');
  return withLock(path.join(dir, 'sites.lock'), 'the fixture sites', async () => {
    const built = await stat(record).then(
      () => true,
      () => false,
    );
    if (built) return JSON.parse(await readFile(record, 'utf8')) as FixtureSites;
    const sites = await buildBoth(dir);
    await writeFile(record, JSON.stringify(sites));
    return sites;
  });
}
