/**
 * `npm run lighthouse`: Lighthouse (from the npm registry) in Debian's
 * Chromium on `/`, the first outlet's page, `/compare/` and `/search/` with
 * the edition's first example search (or LIGHTHOUSE_ROUTES), mobile preset,
 * all four categories. The site is built with its canonical address set to
 * the local server, so SEO audits judge the pages as they would be deployed.
 * Prints a table, writes bench-results/lighthouse.json, and lists every audit
 * that kept a score below 100.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from './build.ts';
import { lighthouseRoutes } from './lighthouse-routes.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { serve } from './serve.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const port = Number(process.env['LIGHTHOUSE_PORT'] || 4399);
const origin = `http://127.0.0.1:${port}`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const dist = path.join(tmpdir(), `parallax-lighthouse-${process.pid}`);
await build({ ...process.env, PARALLAX_DIST: dist, PARALLAX_SITE: origin });
const routes = process.env['LIGHTHOUSE_ROUTES']?.split(',') ?? (await lighthouseRoutes(dist));
const site = await serve(dist, port);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const results: { route: string; scores: Record<string, number>; failing: string[]; blocking: number; nodes: Record<string, string[]> }[] = [];
/** LIGHTHOUSE_RUNS: runs per route (scores on a loaded machine vary; the table then gives each category's median). */
const runs = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] || 1));
try {
  for (const route of routes.flatMap((r) => Array<string>(runs).fill(r))) {
    const runner = await lighthouse(`${origin}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${route}`);
    const { lhr } = runner;
    // LIGHTHOUSE_REPORTS: a folder for each run's full report (the long tasks, the main thread's work by kind).
    if (process.env['LIGHTHOUSE_REPORTS']) {
      await mkdir(process.env['LIGHTHOUSE_REPORTS'], { recursive: true });
      await writeFile(path.join(process.env['LIGHTHOUSE_REPORTS'], `${route.replace(/\W+/g, '-')}-${results.length}.json`), JSON.stringify(lhr));
    }
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id} (${a.score})`);
    // The elements an accessibility, best-practice or SEO audit found, to fix them.
    const nodes = Object.fromEntries(
      Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.details?.type === 'table')
        .map((a) => [
          a.id,
          ((a.details as { items?: { node?: { selector?: string } }[] }).items ?? []).flatMap((i) => i.node?.selector ?? []).slice(0, 5),
        ]),
    );
    results.push({ route, scores, failing, blocking: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0), nodes });
  }
} finally {
  await chrome.kill();
  await site.close();
}
console.log(`| page | ${categories.join(' | ')} |\n| --- | ${categories.map(() => '---').join(' | ')} |`);
for (const r of results) console.log(`| \`${r.route}\` | ${categories.map((c) => r.scores[c]).join(' | ')} | TBT ${r.blocking} ms |`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
if (runs > 1)
  for (const route of routes) {
    const of = results.filter((r) => r.route === route);
    console.log(
      `median of ${runs}, \`${route}\`: ${categories.map((c) => `${c} ${median(of.map((r) => r.scores[c]!))}`).join(', ')}, TBT ${median(of.map((r) => r.blocking))} ms`,
    );
  }
for (const r of results) if (r.failing.length) console.log(`${r.route}: below 100 in ${r.failing.join(', ')}`);
await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(
  path.join(root, 'bench-results/lighthouse.json'),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: chrome.pid ? 'Debian chromium' : '', results }, null, 2)}\n`,
);
