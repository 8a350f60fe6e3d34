/**
 * The reader's main path in a second engine: Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (nothing downloaded), against the built
 * site on 127.0.0.1. An outlet page, a quoted search, landing on the
 * paragraph, the compare picker, and the site offline after one visit.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../src/build/serve.ts';
import { paragraphOf, resultOutlets, serviceWorkerControls, settled } from '../helpers/search-page.ts';
import { dist } from '../helpers/site.ts';

const executablePath = process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr';
let browser: Browser;
let site: Served;
let problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`No Firefox at ${executablePath}: run "apt-get install -y firefox-esr" or set FIREFOX_PATH`);
  [browser, site] = await Promise.all([puppeteer.launch({ browser: 'firefox', executablePath, headless: true }), serve(dist, 0)]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
afterEach(async () => {
  for (const page of await browser.pages()) if (page.url() !== 'about:blank') await page.close();
});

/** A new tab that records console errors and failed requests. */
async function open(route: string): Promise<Page> {
  const page = await browser.newPage();
  problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(new URL(route, site.url).href, { waitUntil: 'load' });
  return page;
}

describe('Firefox ESR', () => {
  it('shows an outlet page with its article, without errors', async () => {
    const page = await open('/outlets/tass/');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('TASS');
    expect(await page.$$eval('.article-body p[id]', (ps) => ps.length)).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('finds a quoted phrase and lands on its paragraph, highlighted', async () => {
    const quote = 'Every season is spring';
    const page = await open(`/search/?q=${encodeURIComponent(`“${quote}”`)}`);
    await settled(page);
    expect((await resultOutlets(page))[0]).toBe('tass');
    const id = paragraphOf('tass', quote);
    const href = await page.$eval('.outlet-result .hits a', (a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).hash).toBe(`#${id}`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.outlet-result .hits a')]);
    expect(new URL(page.url()).pathname).toBe('/outlets/tass/');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    expect(await page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('hides an outlet with the compare picker from the keyboard, in the URL and announced', async () => {
    const page = await open('/compare/');
    const visible = () =>
      page.$$eval('#coverage thead th[data-outlet]', (ths) =>
        ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset['outlet']),
      );
    expect((await visible()).length).toBe(4);
    await page.focus('outlet-picker input[value="devdiscourse"]');
    await page.keyboard.press(' ');
    expect(await visible()).toEqual(['rt', 'pivot-to-asia', 'tass']);
    expect(new URL(page.url()).searchParams.get('outlets')).toBe('rt,pivot-to-asia,tass');
    expect(await page.$eval('outlet-picker [role="status"]', (s) => s.textContent)).toBe('Showing 3 of 4 outlets.');
    expect(problems).toEqual([]);
  });

  // Last: it stops the server.
  it('reads and searches the site offline after one visit', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('"every season is spring"')}`);
    await settled(page);
    const online = await resultOutlets(page);
    expect(online.length).toBeGreaterThan(0);
    await serviceWorkerControls(page);
    await site.close();
    await page.reload({ waitUntil: 'load' });
    await settled(page);
    expect(await resultOutlets(page)).toEqual(online);
    await page.goto(new URL('/outlets/rt/', site.url).href, { waitUntil: 'load' });
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('RT');
    await page.goto(new URL(`/search/?q=Taiwan`, site.url).href, { waitUntil: 'load' });
    await settled(page);
    expect(await resultOutlets(page)).toEqual(['pivot-to-asia']);
  });
});
