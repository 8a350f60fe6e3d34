/** Builds the site from a scratch copy of content/, changed by a test, with the real build script. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Runs `node src/build/build.ts` with the content and output folders given; `onOutput` sees the output so far as it comes. */
export function runBuild(
  content: string,
  dist: string,
  extraEnv: Record<string, string> = {},
  onOutput?: (output: string) => void,
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'src/build/build.ts')], {
      cwd: root,
      env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_DIST: dist, NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    // eslint-disable-next-line no-control-regex
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), content, dist }));
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
