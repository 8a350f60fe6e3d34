/**
 * How a finished build takes the place of the last one, and how builds of
 * one checkout take turns. Both use inter-process locks (proper-lockfile): a
 * lock left by a killed build is stale after 10 s and taken over.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * Runs `task` while holding the lock on `lockPath`, waiting (and saying so,
 * naming `what` it waits for) while another process holds it. Astro writes
 * fixed files in the project's .astro/ folder on every build
 * (content-modules.mjs lists the content files that build renders): two
 * builds of one checkout at the same time, even of different content
 * folders, would overwrite each other's.
 */
export async function withLock<T>(lockPath: string, what: string, task: () => Promise<T>): Promise<T> {
  const options = { realpath: false, lockfilePath: lockPath };
  await mkdir(path.dirname(lockPath), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(lockPath, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    console.log(`Waiting for another build of this checkout to finish ${what}…`);
    release = await lockfile.lock(lockPath, { ...options, retries: { forever: true, factor: 1, minTimeout: 250, maxTimeout: 250 } });
  }
  try {
    return await task();
  } finally {
    await release();
  }
}

/**
 * Puts the finished site `out` where `dist` is, replacing the last one in two
 * renames (both on one file system, so each is atomic). Two builds finishing
 * at once into one folder take turns; each leaves a whole site.
 */
export async function publish(out: string, dist: string): Promise<void> {
  const old = `${out}-old`;
  await withLock(`${dist}.lock`, `writing ${path.basename(dist)}/`, async () => {
    await rename(dist, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(out, dist);
  });
  await rm(old, { recursive: true, force: true });
}
