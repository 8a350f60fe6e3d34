/**
 * The search half of `npm run bench`: a cold first search (with what the page
 * fetched of Pagefind while it loaded), warm searches for a
 * common word, a rare word and an exact phrase, the search widened to every
 * edition, and the Event filter on an older edition from a cold page, in
 * Chromium against a built site with the service worker off (so every byte is
 * counted). Run on its own against a site already built:
 * `node src/build/bench-search.ts <dist> [older-event-id]` prints the figures as JSON.
 */
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.ts';

export interface SearchCost {
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

export async function searches(dist: string, phrase: string, rare: string, olderEvent: string) {
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
    // The page readies Pagefind while it loads (its script, WebAssembly and metadata, for the first keystroke): what
    // it fetched of Pagefind is counted in the first search, not the page itself.
    const preloaded = Object.fromEntries(Object.entries(parts).filter(([kind]) => kind !== 'other'));
    const run = async (q: string, carried: Record<string, number> = {}): Promise<SearchCost> => {
      parts = { ...carried };
      bytes = Object.values(parts).reduce((a, b) => a + b, 0);
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
    const results = { cold: await run('Putin', preloaded), common: await run('China'), rare: await run(rare), phrase: await run(`"${phrase}"`) };
    // Every edition, then one older edition from a cold page: what the Event filter alone loads.
    const every = async (): Promise<SearchCost> => {
      bytes = 0;
      parts = {};
      const t = performance.now();
      await page.locator('input[name="scope"]').check();
      await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('“'));
      const ms = performance.now() - t;
      await page.waitForLoadState('networkidle');
      return { bytes, ms, outlets: await page.locator('.outlet-result').count(), parts };
    };
    const all = (await page.locator('input[name="scope"]').count()) ? await every() : undefined;
    await context.close();
    const coldContext = await browser.newContext({ serviceWorkers: 'block' });
    bytes = 0;
    parts = {};
    coldContext.on('requestfinished', (r) => void r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)));
    const coldPage = await coldContext.newPage();
    await coldPage.goto(`${site.url}/search/`);
    await coldPage.waitForLoadState('networkidle');
    bytes = 0;
    const t = performance.now();
    await coldPage.goto(`${site.url}/search/?q=Putin&event=${olderEvent}`);
    await coldPage.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('“'));
    const ms = performance.now() - t;
    await coldPage.waitForLoadState('networkidle');
    // The page itself is counted here (a navigation), the others not: it is about 7 KB.
    const olderOnly: SearchCost = { bytes, ms, outlets: await coldPage.locator('.outlet-result').count(), parts: {} };
    return { ...results, all, olderOnly };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, older = 'event-00000'] = process.argv.slice(2);
  if (!dist) throw new Error('usage: node src/build/bench-search.ts <built site folder> [older event id]');
  console.log(JSON.stringify(await searches(dist, 'Every season is spring', 'Maslenitsa', older), null, 2));
}
