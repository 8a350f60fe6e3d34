/**
 * How a finished build replaces the last one (src/build/publish.ts), without
 * Astro: builds that finish together into one folder take turns and leave
 * one whole site; a build that finds the lock held waits for it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publish, withLock } from '../../src/build/publish.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-publish-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A finished "site" of `files` pages, each saying which build wrote it. */
async function site(name: string, files: number): Promise<string> {
  const out = path.join(dir, `.dist-build-${name}`, 'site');
  for (let i = 0; i < files; i++) {
    await mkdir(path.join(out, `page-${i}`), { recursive: true });
    await writeFile(path.join(out, `page-${i}`, 'index.html'), name);
  }
  return out;
}

async function contents(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) found.push(await readFile(path.join(e.parentPath, e.name), 'utf8'));
  }
  return found;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('publish', () => {
  it('puts a site where none was', async () => {
    const dist = path.join(dir, 'dist');
    await publish(await site('a', 3), dist);
    expect(await contents(dist)).toEqual(['a', 'a', 'a']);
  });

  it('replaces the last site whole, leaving none of its files', async () => {
    const dist = path.join(dir, 'dist');
    await publish(await site('old', 5), dist);
    await publish(await site('new', 2), dist);
    expect(await contents(dist)).toEqual(['new', 'new']);
    expect(await exists(`${dist}.lock`)).toBe(false);
  });

  it('lets builds that finish together into one folder take turns: each succeeds and one whole site is left', async () => {
    const dist = path.join(dir, 'dist');
    await publish(await site('first', 4), dist);
    const outs = await Promise.all(['a', 'b', 'c', 'd'].map((n) => site(n, 50)));
    await Promise.all(outs.map((out) => publish(out, dist)));
    const left = await contents(dist);
    expect(left).toHaveLength(50);
    expect(new Set(left).size).toBe(1);
    expect(['a', 'b', 'c', 'd']).toContain(left[0]);
    expect(await exists(`${dist}.lock`)).toBe(false);
    for (const out of outs) expect(await exists(`${out}-old`)).toBe(false);
  });
});

describe('withLock', () => {
  it('waits while another process holds the lock, says so, and runs once it is free', async () => {
    const lockPath = path.join(dir, 'build.lock');
    const release = await lockfile.lock(lockPath, { realpath: false, lockfilePath: lockPath });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      let ran = false;
      const waiting = withLock(lockPath, 'its Astro step', async () => {
        ran = true;
        return 42;
      });
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Waiting for another build of this checkout to finish its Astro step…'));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(ran).toBe(false);
      await release();
      expect(await waiting).toBe(42);
      expect(ran).toBe(true);
      expect(await exists(lockPath)).toBe(false);
    } finally {
      log.mockRestore();
    }
  });

  it('releases the lock when the task fails', async () => {
    const lockPath = path.join(dir, 'build.lock');
    await expect(withLock(lockPath, 'x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await exists(lockPath)).toBe(false);
  });
});
