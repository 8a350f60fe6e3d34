/**
 * `npm run build`: astro build, then the Pagefind index, then the offline
 * service worker, then the site's integrity checks, all into a fresh folder
 * that replaces dist/ only when every step succeeded. A failed build leaves
 * the previous dist/ untouched.
 *
 * Incremental: an edition whose articles and everything else it depends on
 * are unchanged since the last build in the output folder is not rendered
 * again but taken from that build (src/data/incremental.ts says which).
 *
 * Environment: PARALLAX_CONTENT (content folder), PARALLAX_DIST (output
 * folder, default dist), PARALLAX_SITE (public address), PARALLAX_FULL_BUILD=1
 * (render every edition, whatever the last build holds).
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import type { Problem } from './checks.ts';
import type { ChecksReply } from './checks-step.ts';
import { precompress } from './compress.ts';
import { summarizeFailure, type AstroFailure } from './failure.ts';
import { preflight } from './preflight.ts';
import { PeakMemory } from './memory.ts';
import { publish, withLock } from './publish.ts';
import { buildKeys, editionsTaken } from './incremental.ts';
import { DEFAULT_SITE_URL } from '../lib/consts.ts';
import { contentRoot as contentFolder } from '../lib/content-root.ts';
import { MANIFEST_FILE } from '../lib/incremental.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');

export interface BuildTimings {
  astro: number;
  pagefind: number;
  offline: number;
  checks: number;
  compress: number;
}

/** What the benchmark reads from a build (PARALLAX_TIMINGS): its steps' times and peak memory, the editions copied, the precache. */
interface BuildReport extends BuildTimings {
  peaks: Record<string, number>;
  /** Editions whose pages the Astro step rendered (the others were taken unchanged from the last build). */
  renderedEditions: number;
  /** Editions whose search bundle was copied from the last build. */
  reusedEditions: number;
  editions: number;
  precacheBytes: number;
}

/**
 * Astro caches rendered Markdown by the file's own text, so a change to a
 * plugin would not reach already-rendered articles. The cache folder is keyed
 * by everything that shapes the output: the code that renders, and which
 * content folder is built.
 */
async function cacheDirFor(contentRoot: string): Promise<string> {
  const hash = createHash('sha256').update(contentRoot);
  const files = ['astro.config.mjs', 'package-lock.json'];
  for (const dir of ['src/plugins', 'src/lib', 'src/schemas']) {
    for (const name of (await readdir(path.join(root, dir))).sort()) files.push(path.join(dir, name));
  }
  for (const file of files) hash.update(file).update(await readFile(path.join(root, file)).catch(() => ''));
  return path.join(root, 'node_modules/.astro', hash.digest('hex').slice(0, 16));
}

/** The failure message for content problems: one indented line each, as the bad-content tests read them. */
function contentProblems(problems: readonly string[]): string {
  return `the content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}

/**
 * V8's heap for the Astro step grows to 30 % more than what a full collection left live, no more. Left to itself,
 * V8 let the heap grow to two to four times what was live before collecting, and kept the pages it freed for reuse:
 * at 10,000 articles the step held 0.8 to 1.3 GB of heap and up to 600 MB of freed pages around 0.5 to 0.8 GB of
 * live data, 2.2 to 2.4 GB of memory in all. Measured on that corpus, idle, on one machine, 2026-12-02: the build's
 * peak (this process and the step, sampled every 200 ms) was 2,597 MiB without the flag and that day's other memory
 * changes, 1,909 MiB with them at 50 %, 1,886 MiB at 30 %; the step took 467, 488 and 481 s. Sampled every second,
 * the step at 30 % stayed under 1,700 MiB: its highest moments are brief, while the data files are written.
 */
const ASTRO_HEAP = ['--heap-growing-percent=30'];

/** How a step run in a child process ended: its exit, and the last message it sent over IPC. */
interface StepEnd<R> {
  code: number | null;
  signal: NodeJS.Signals | null;
  reply: R | undefined;
}

/** Runs one of the build's steps (a script in this folder) in a child process with V8 flags of its own, whose memory goes when it ends. */
function runStep<R>(script: string, args: string[], v8Flags: readonly string[], env?: NodeJS.ProcessEnv): Promise<StepEnd<R>> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'src/build', script), args, { cwd: root, env, execArgv: [...process.execArgv, ...v8Flags] });
    let reply: R | undefined;
    child.on('message', (message) => (reply = message as R));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, reply }));
  });
}

/** Runs Astro's build in a child process (./astro-step.ts); on failure the error lists each problem on one line. */
async function runAstro(env: NodeJS.ProcessEnv): Promise<void> {
  const { code, signal, reply: failure } = await runStep<AstroFailure>('astro-step.ts', [], ASTRO_HEAP, { ...env, NO_COLOR: '1', FORCE_COLOR: '0' });
  if (code === 0) return;
  const problems = failure ? summarizeFailure(failure, root) : [];
  if (problems.length) throw new Error(contentProblems(problems));
  throw new Error(`astro build failed (${signal ?? `exit ${code}`}): ${failure ? `${failure.name}: ${failure.message}` : 'see its message above'}`);
}

/**
 * V8's flag for a heap that grows less before it is collected, for the checks' child process. At 10,000 articles the
 * checks parse 3.4 GB of HTML a page at a time, and V8 let their heap grow to 2.2 GB, nearly all of it garbage (14 MB
 * live at the end); with the flag they peak at 0.8 GB and take 162 s instead of 129. Not for the Astro step: on 1,000
 * articles of 100 outlets per edition it took 98 s instead of 51 with it (1.0 GB instead of 1.6 at its peak); that
 * step has ASTRO_HEAP instead.
 */
const LEAN_HEAP = ['--optimize-for-size'];

/** Runs the site checks in a child process (./checks-step.ts). */
async function runChecks(out: string, site: string, previous: string | undefined): Promise<Problem[]> {
  const { code, signal, reply } = await runStep<ChecksReply>('checks-step.ts', [out, site, previous ?? ''], LEAN_HEAP);
  if (reply && 'problems' in reply) return reply.problems;
  throw new Error(`the site checks failed (${signal ?? `exit ${code}`})${reply ? `: ${reply.error}` : ''}`);
}

export async function build(env: NodeJS.ProcessEnv = process.env): Promise<BuildReport> {
  const dist = path.resolve(root, env['PARALLAX_DIST'] || 'dist');
  const site = env['PARALLAX_SITE'] || DEFAULT_SITE_URL;
  // Beside dist/ so the final rename stays on one file system (and so is atomic).
  const staging = await mkdtemp(path.join(path.dirname(dist), '.dist-build-'));
  const contentRoot = contentFolder(env, root);
  // Other corpora (tests) are built once each: their cache goes away with the staging folder, unless
  // PARALLAX_CACHE_DIR names one to keep (the benchmark's rebuild after one edit).
  const cacheDir =
    env['PARALLAX_CACHE_DIR'] || (contentRoot === path.join(root, 'content') ? await cacheDirFor(contentRoot) : path.join(staging, 'cache'));
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PARALLAX_OUT_DIR: path.join(staging, 'site'),
    PARALLAX_SITE: site,
    PARALLAX_CACHE_DIR: cacheDir,
    // Large per-edition values the Astro step computes once and reads back (src/data/spill.ts): gone with the staging folder.
    PARALLAX_SPILL_DIR: path.join(staging, 'spill'),
  };
  const out = path.join(staging, 'site');
  const editionManifest = path.join(staging, 'editions.json');
  const full = env['PARALLAX_FULL_BUILD'] === '1';
  const timings: BuildTimings = { astro: 0, pagefind: 0, offline: 0, checks: 0, compress: 0 };
  const memory = new PeakMemory();
  try {
    const shape = await preflight(contentRoot, root);
    if (shape.length > 0) {
      throw new Error(contentProblems(shape));
    }
    let t = performance.now();
    memory.step('astro');
    const keys = await buildKeys(root, contentRoot, site);
    const incremental = {
      PARALLAX_CODE_KEY: keys.code,
      PARALLAX_BUILD_KEY: keys.build,
      PARALLAX_EDITIONS_OUT: editionManifest,
      ...(full ? {} : { PARALLAX_EDITIONS_PREVIOUS: path.join(dist, MANIFEST_FILE), PARALLAX_PREVIOUS_DIST: dist }),
    };
    await withLock(path.join(root, 'node_modules/.astro/build.lock'), 'its Astro step', () => runAstro({ ...childEnv, ...incremental }));
    const taken = await editionsTaken(editionManifest);
    timings.astro = performance.now() - t;

    // Loaded only now (workbox-build, Pagefind and cheerio: 75 MB of this process's memory), so that they do not add
    // to the Astro step's, the build's peak, while it runs.
    const [{ indexSite }, { writeHeaders }, { writeServiceWorker }] = await Promise.all([
      import('./search-index.ts'),
      import('./headers.ts'),
      import('./offline.ts'),
    ]);

    t = performance.now();
    memory.step('pagefind');
    // The last build's bundles of unchanged editions are copied rather than indexed again.
    const indexed = await indexSite(out, dist);
    timings.pagefind = performance.now() - t;

    await writeHeaders(out);

    t = performance.now();
    memory.step('offline');
    const precache = await writeServiceWorker(out, indexed);
    timings.offline = performance.now() - t;

    t = performance.now();
    memory.step('checks');
    const problems = await runChecks(out, site, full ? undefined : dist);
    timings.checks = performance.now() - t;
    if (problems.length > 0) {
      const list = problems.map((p) => `  ${p.route}: ${p.problem}`).join('\n');
      throw new Error(`the built site failed ${problems.length} integrity check(s):\n${list}`);
    }
    // Last, so the service worker and the checks see the files as served.
    t = performance.now();
    memory.step('compress');
    await precompress(out, dist);
    timings.compress = performance.now() - t;

    await publish(out, dist);
    console.log(
      `Built ${path.relative(root, dist) || dist}: ${taken ? `${taken} unchanged editions taken from the last build; ` : ''}${indexed.pages} pages indexed from ${indexed.editions.length} editions (${indexed.reused} bundles unchanged, copied), ${precache.files} files (${(precache.bytes / 1024).toFixed(0)} KiB) precached for offline use; ` +
        `astro ${(timings.astro / 1000).toFixed(1)} s, pagefind ${(timings.pagefind / 1000).toFixed(1)} s, service worker ${(timings.offline / 1000).toFixed(1)} s, checks ${(timings.checks / 1000).toFixed(1)} s`,
    );
    return {
      ...timings,
      peaks: memory.peaks,
      renderedEditions: indexed.editions.length - taken,
      reusedEditions: indexed.reused,
      editions: indexed.editions.length,
      precacheBytes: precache.bytes,
    };
  } finally {
    memory.stop();
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build()
    .then(async (timings) => {
      // The benchmark reads the split of the build time from here.
      if (process.env['PARALLAX_TIMINGS']) await writeFile(process.env['PARALLAX_TIMINGS'], JSON.stringify(timings));
    })
    .catch((error: unknown) => {
      console.error(`\nBuild failed, dist/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
