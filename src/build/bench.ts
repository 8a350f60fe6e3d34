/**
 * `npm run bench`: builds synthetic corpora of 100, 1,000 and 10,000 articles
 * (BENCH_SIZES to choose) and reports, per size, the build time split into
 * Astro, Pagefind, service worker and checks, the build's peak memory, the
 * files and bytes in dist/, the index size, and in Chromium the bytes and
 * time of a cold first search and of warm searches for a common word, a rare
 * word and an exact phrase, with what the cold search fetched by kind, and
 * the sentence aligner on its own (bench-align.ts: its time and peak memory
 * per size, so the default run reports them at 1,000 and 10,000). Prints
 * tables and writes bench-results/bench.json.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureAlignment } from './bench-align.ts';
import { serve } from './serve.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const sizes = (process.env['BENCH_SIZES'] || '100,1000,10000').split(',').map(Number);

/** Resident memory of a process and all its descendants, from /proc. */
async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const visit = async (p: number) => {
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = await readFile(`/proc/${p}/task/${p}/children`, 'utf8');
      for (const c of children.trim().split(/\s+/).filter(Boolean)) await visit(Number(c));
    } catch {
      // the process ended between two reads
    }
  };
  await visit(pid);
  return total;
}

async function timedBuild(content: string, dist: string): Promise<{ ms: number; peak: number; split: Record<string, number> }> {
  const timings = path.join(tmpdir(), `parallax-timings-${process.pid}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'src/build/build.ts')], {
    cwd: root,
    env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_DIST: dist, PARALLAX_TIMINGS: timings },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const poll = setInterval(() => void treeRss(child.pid!).then((rss) => (peak = Math.max(peak, rss))), 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`the build of ${content} failed (exit ${code})`);
  const split = JSON.parse(await readFile(timings, 'utf8')) as Record<string, number>;
  return { ms: performance.now() - started, peak, split };
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || /\.(br|gz)$/.test(e.name)) continue;
    files++;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

interface SearchCost {
  bytes: number;
  ms: number;
  outlets: number;
  /** Bytes by what was fetched: Pagefind's script, WebAssembly, metadata, index chunks, filters, result fragments. */
  parts: Record<string, number>;
}

/** What a request of the search fetched, by Pagefind's file names. */
function part(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.endsWith('.pf_fragment')) return 'fragments';
  if (pathname.endsWith('.pf_index')) return 'index chunks';
  if (pathname.endsWith('.pf_meta')) return 'metadata';
  if (pathname.endsWith('.pf_filter')) return 'filters';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(pathname)) return 'WebAssembly';
  if (pathname.startsWith('/pagefind/')) return 'script';
  if (pathname.startsWith('/data/statements/')) return 'statements';
  return 'other';
}

async function searches(dist: string, phrase: string, rare: string) {
  const site = await serve(dist, 0);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let bytes = 0;
    let parts: Record<string, number> = {};
    context.on(
      'requestfinished',
      (r) =>
        void r.sizes().then((s) => {
          const size = s.responseBodySize + s.responseHeadersSize;
          const kind = part(r.url());
          bytes += size;
          parts[kind] = (parts[kind] ?? 0) + size;
        }),
    );
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    const run = async (q: string): Promise<SearchCost> => {
      bytes = 0;
      parts = {};
      const t = performance.now();
      await page.locator('#search-q').fill(q);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (shown) =>
          (document.querySelector('#search-status')?.textContent ?? '').startsWith(`“${shown}”`) ||
          (document.querySelector('#search-status')?.textContent ?? '').startsWith('No article'),
        q.replace(/^"|"$/g, ''),
      );
      const ms = performance.now() - t;
      await page.waitForLoadState('networkidle');
      return { bytes, ms, outlets: await page.locator('.outlet-result').count(), parts };
    };
    return { cold: await run('Putin'), common: await run('China'), rare: await run(rare), phrase: await run(`"${phrase}"`) };
  } finally {
    await browser.close();
    await site.close();
  }
}

const results = [];
for (const size of sizes) {
  const content = await mkdtemp(path.join(tmpdir(), `parallax-bench-${size}-`));
  const dist = path.join(tmpdir(), `parallax-bench-dist-${size}-${process.pid}`);
  try {
    const shape = await writeSyntheticCorpus(path.join(root, 'content'), content, size);
    const build = await timedBuild(content, dist);
    const site = await folderSize(dist);
    const index = await folderSize(path.join(dist, 'pagefind'));
    const search = await searches(dist, 'Every season is spring', 'Maslenitsa');
    const alignment = await measureAlignment(content);
    const result = { size, shape, build, site, index, search, alignment };
    results.push(result);
    console.error(`${size} articles: built in ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peak / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    await rm(content, { recursive: true, force: true });
    await rm(dist, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log(
  '| articles (outlets × events) | build | astro | pagefind | service worker | checks | compression | per article | peak memory | dist files | dist size | index |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const b = r.build;
  console.log(
    `| ${r.size} (${r.shape.outlets} × ${r.shape.events}) | ${s(b.ms)} | ${s(b.split['astro'] ?? 0)} | ${s(b.split['pagefind'] ?? 0)} | ${s(b.split['offline'] ?? 0)} | ${s(b.split['checks'] ?? 0)} | ${s(b.split['compress'] ?? 0)} | ${(b.ms / r.size).toFixed(1)} ms | ${mb(b.peak)} | ${r.site.files} | ${mb(r.site.bytes)} | ${mb(r.index.bytes)} |`,
  );
}
console.log('\n| articles | cold first search | warm: common word | warm: rare word | warm: exact phrase |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  const c = (x: SearchCost) => `${kb(x.bytes)}, ${x.ms.toFixed(0)} ms`;
  console.log(`| ${r.size} | ${c(r.search.cold)} | ${c(r.search.common)} | ${c(r.search.rare)} | ${c(r.search.phrase)} |`);
}
console.log('\nWhat the cold first search fetched:\n');
const kinds = ['script', 'WebAssembly', 'metadata', 'index chunks', 'filters', 'fragments', 'other'];
console.log(`| articles | ${kinds.join(' | ')} |`);
console.log(`| --- | ${kinds.map(() => '---').join(' | ')} |`);
for (const r of results) console.log(`| ${r.size} | ${kinds.map((k) => kb(r.search.cold.parts[k] ?? 0)).join(' | ')} |`);
// The exact phrase is a statement other outlets word differently: its results fetch their alignment groups.
console.log('\nWhat the exact phrase fetched (statements: the alignment groups of its results, for "Same statement in other outlets"):\n');
const phraseKinds = ['index chunks', 'fragments', 'statements', 'other'];
console.log(`| articles | ${phraseKinds.join(' | ')} |`);
console.log(`| --- | ${phraseKinds.map(() => '---').join(' | ')} |`);
for (const r of results) console.log(`| ${r.size} | ${phraseKinds.map((k) => kb(r.search.phrase.parts[k] ?? 0)).join(' | ')} |`);
console.log('\nThe sentence aligner on its own (reading the articles and aligning every event, in a fresh process):\n');
console.log('| articles | outlets per event | align | per article | peak memory | groups | sentences grouped |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const a = r.alignment;
  console.log(`| ${r.size} | ${a.outletsPerEvent} | ${s(a.ms)} | ${(a.ms / r.size).toFixed(1)} ms | ${mb(a.peak)} | ${a.groups} | ${a.members} |`);
}
await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(
  path.join(root, 'bench-results/bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2)}\n`,
);
