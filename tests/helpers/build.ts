/** Builds the site from a scratch copy of content/, changed by a test, with the real build script. */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  content: string;
  dist: string;
}

/** Copies content/ (or `from`) to a scratch folder and lets the test change it. */
export async function scratchContent(change: (dir: string) => Promise<void> | void, from = path.join(root, 'content')): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-content-'));
  await cp(from, dir, { recursive: true });
  await change(dir);
  return dir;
}

/**
 * Runs `node src/build/build.ts` with the content and output folders given; `onOutput` sees the output so far as it comes.
 * Given a test's `signal`, a build still running when the test ends (a timeout) is stopped with everything it started.
 * With PARALLAX_BUILD_LOG set, each build adds a line "test file, content folder" to that file (how `npm test`'s builds are counted).
 */
export function runBuild(
  content: string,
  dist: string,
  extraEnv: Record<string, string> = {},
  onOutput?: (output: string) => void,
  signal?: AbortSignal,
): Promise<BuildResult> {
  const log = process.env['PARALLAX_BUILD_LOG'];
  if (log) appendFileSync(log, `${path.relative(root, expect.getState().testPath ?? '?')}\t${content}\n`);
  return new Promise((resolve, reject) => {
    // Its own process group, so that stopping it stops Astro too.
    const child = spawn(process.execPath, [path.join(root, 'src/build/build.ts')], {
      cwd: root,
      env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_DIST: dist, NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    };
    signal?.addEventListener('abort', stop, { once: true });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      signal?.removeEventListener('abort', stop);
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), content, dist });
    });
  });
}

export async function cleanup(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

/** Every file under a folder with its bytes, to prove a folder did not change. */
export async function snapshotFolder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), (await readFile(full)).toString('base64'));
  }
  return out;
}
