/**
 * The search page and the service worker as the browser tests wait on them, in
 * either driver: playwright-core's Chromium and puppeteer-core's Firefox ESR
 * (both pages run a function in the page the same way, which is all this needs).
 */
import { locateQuote } from '../../src/lib/comparison/index.ts';
import { articleBlocks, sourceArticles } from './site.ts';

/** What both drivers' pages offer: a function run in the page, and a wait until one is true. */
interface InPage {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
}

/** Waits until the page shows the outcome of its latest search. */
export async function settled(page: InPage): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return (
      document.documentElement.dataset['search'] === 'ready' &&
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      status !== 'Searching…'
    );
  });
}

/** The outlets of the results, in order, by the id in each result's link. */
export const resultOutlets = (page: InPage): Promise<(string | undefined)[]> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.outlet-result h2 a')].map((a) => new URL(a.href).pathname.split('/')[2]));

/** Waits until the site's service worker is active and controls the page (after which the site works offline). */
export async function serviceWorkerControls(page: InPage): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The id of the paragraph of an outlet's article that holds a quote, found from content/ (never hard-coded). */
export function paragraphOf(outlet: string, quote: string): string {
  const article = sourceArticles().find((a) => a.outlet === outlet)!;
  const found = locateQuote(articleBlocks(article.body), quote);
  if (!found) throw new Error(`test quote not in ${outlet}: ${quote}`);
  return found.block.id;
}
