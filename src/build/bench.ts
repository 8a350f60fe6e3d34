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
import { measureAlignment } from './bench-align.ts';
import { searches, type SearchCost } from './bench-search.ts';
import { treeRss } from './memory.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const sizes = (process.env['BENCH_SIZES'] || '100,1000,10000').split(',').map(Number);

interface Split {
  astro: number;
  pagefind: number;
  offline: number;
  checks: number;
  compress: number;
  peaks: Record<string, number>;
  renderedEditions: number;
  reusedEditions: number;
  editions: number;
  precacheBytes: number;
}

async function timedBuild(content: string, dist: string, cache: string): Promise<{ ms: number; peak: number; split: Split }> {
  const timings = path.join(tmpdir(), `parallax-timings-${process.pid}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'src/build/build.ts')], {
    cwd: root,
    // A kept cache folder, so the rebuild after one edit finds Astro's content layer as the full build left it.
    env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_DIST: dist, PARALLAX_TIMINGS: timings, PARALLAX_CACHE_DIR: cache },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const poll = setInterval(() => void treeRss(child.pid!).then((rss) => (peak = Math.max(peak, rss))), 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`the build of ${content} failed (exit ${code})`);
  const split = JSON.parse(await readFile(timings, 'utf8')) as Split;
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

const results = [];
for (const size of sizes) {
  const content = await mkdtemp(path.join(tmpdir(), `parallax-bench-${size}-`));
  const dist = path.join(tmpdir(), `parallax-bench-dist-${size}-${process.pid}`);
  const cache = path.join(tmpdir(), `parallax-bench-cache-${size}-${process.pid}`);
  try {
    const shape = await writeSyntheticCorpus(path.join(root, 'content'), content, size);
    const build = await timedBuild(content, dist, cache);
    const site = await folderSize(dist);
    const index = await folderSize(path.join(dist, 'pagefind'));
    // Each phase's figures as soon as they are known: a large size runs for long, and may be stopped before its end.
    console.error(
      `${size} articles: built in ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peak / 2 ** 20).toFixed(0)} MiB; ${JSON.stringify(build.split)}`,
    );
    const search = await searches(dist, 'Every season is spring', 'Maslenitsa', 'event-00000');
    console.error(`${size} articles: search ${JSON.stringify(search)}`);
    // One edit: a sentence added to an article of the oldest edition (a correction), then the same build again.
    const edited = path.join(content, 'articles', 'a-000000.md');
    await writeFile(edited, `${(await readFile(edited, 'utf8')).trimEnd()} This article was corrected.\n`);
    const rebuild = await timedBuild(content, dist, cache);
    // BENCH_ALIGN=0 leaves the aligner's own run out (at 10,000 articles it takes minutes; `npm run bench:align` runs it alone).
    const alignment = process.env['BENCH_ALIGN'] === '0' ? undefined : await measureAlignment(content);
    const result = { size, shape, build, rebuild, site, index, search, alignment };
    results.push(result);
    console.error(
      `${size} articles: built in ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peak / 2 ** 20).toFixed(0)} MiB; rebuilt after one edit in ${(rebuild.ms / 1000).toFixed(1)} s; ${JSON.stringify(rebuild.split)}`,
    );
  } finally {
    await rm(cache, { recursive: true, force: true });
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
console.log('\nPeak memory by step, the rebuild after one edit, and the offline precache:\n');
console.log(
  '| articles | astro | pagefind | service worker | checks | compression | one-edit rebuild | of full build | editions rendered | search bundles copied | rebuild: astro, pagefind, checks, compression | rebuild peak | precache |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const p = r.build.split.peaks ?? {};
  const q = r.rebuild.split;
  const m = (k: string) => mb(p[k] ?? 0);
  console.log(
    `| ${r.size} | ${m('astro')} | ${m('pagefind')} | ${m('offline')} | ${m('checks')} | ${m('compress')} | ${s(r.rebuild.ms)} | ${((100 * r.rebuild.ms) / r.build.ms).toFixed(0)} % | ${q.renderedEditions} of ${q.editions} | ${q.reusedEditions} of ${q.editions} | ${[q.astro, q.pagefind, q.checks, q.compress].map(s).join(', ')} | ${mb(r.rebuild.peak)} | ${mb(r.build.split.precacheBytes)} |`,
  );
}
console.log(
  '\n| articles | cold first search | warm: common word | warm: rare word | warm: exact phrase | warm: widened to every edition | cold, Event filter on the oldest edition (incl. its page) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const c = (x: SearchCost | undefined) => (x ? `${kb(x.bytes)}, ${x.ms.toFixed(0)} ms` : '(one bundle)');
  console.log(
    `| ${r.size} | ${c(r.search.cold)} | ${c(r.search.common)} | ${c(r.search.rare)} | ${c(r.search.phrase)} | ${c(r.search.all)} | ${c(r.search.olderOnly)} |`,
  );
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
  if (!a) continue;
  console.log(`| ${r.size} | ${a.outletsPerEvent} | ${s(a.ms)} | ${(a.ms / r.size).toFixed(1)} ms | ${mb(a.peak)} | ${a.groups} | ${a.members} |`);
}
await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(
  path.join(root, 'bench-results/bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2)}\n`,
);
