/**
 * The reader past the prerender bound, in Chromium: the 2026 event of the
 * fixture site with eight outlets (tests/helpers/fixture-sites.ts) has no
 * pair pages; its /events/<id>/read/ page lines up any two in the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRERENDER_MAX_OUTLETS } from '../../src/lib/reader/pairs.ts';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';

const INDEX = '/events/putin-xi-call-2026-02-04/read/';

let session: Session;
beforeAll(async () => {
  const { newOutlets } = await fixtureSites();
  expect(newOutlets.code, newOutlets.output).toBe(0);
  session = await startSession(newOutlets.dist);
}, FIXTURE_BUILDS);
afterAll(() => session?.close());
afterEach(() => session.closePages());

describe('an event past the bound', () => {
  it('has more outlets than pages are built for, and no pair pages', async () => {
    const page = await session.open(INDEX);
    expect(await page.locator('.pairs li').count()).toBeGreaterThan(PRERENDER_MAX_OUTLETS);
    const missing = await (await session.page()).goto(new URL(`${INDEX}tass/example-wire/`, session.site.url).href);
    expect(missing!.status()).toBe(404);
    expect(await page.locator('.pairs a[href*="/read/"]').count()).toBe(0);
  });

  /** Picks two outlets in the form and reads them. */
  const read = async (page: Page, a: string, b: string, heads: [string, string]) => {
    await page.getByLabel('First outlet (its order)').selectOption(a);
    await page.getByLabel('Beside it').selectOption(b);
    await page.getByRole('button', { name: 'Read' }).click();
    await page.locator('.reader .heads .h.b', { hasText: heads[1] }).waitFor();
    expect(new URL(page.url()).search).toBe(`?a=${a}&b=${b}`);
    expect(await page.locator('.reader .heads .h.a').textContent()).toBe(heads[0]);
  };

  it('lines up two chosen outlets in the page, with marked words and rows only one has, and puts the pair in the address', async () => {
    const page = await session.open(INDEX);
    await read(page, 'tass', 'rt', ['TASS', 'RT']);
    const pairs = page.locator('.reader .row.pair');
    expect(await pairs.count()).toBeGreaterThan(0);
    expect(await pairs.locator('.c.a mark').count()).toBeGreaterThan(0);
    expect(await pairs.locator('.c.b mark').count()).toBeGreaterThan(0);
    // Side by side on a desktop: the right cell starts where the left ends, on the same line.
    const [a, b] = [await pairs.first().locator('.c.a').boundingBox(), await pairs.first().locator('.c.b').boundingBox()];
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(await page.locator('.reader .row.only .tag', { hasText: 'Only in TASS' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.reader .row.only .tag', { hasText: 'Only in RT' }).count()).toBeGreaterThan(0);
    // Each sentence links to its paragraph on the outlet's page.
    expect(await pairs.first().locator('.c.b a.p').getAttribute('href')).toMatch(/^\/outlets\/rt\/.*#/);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  it("shows each sentence of an outlet the alignment's groups do not hold as its own", async () => {
    // The dropped-in outlet is in none of the alignment's groups: each of its sentences stands alone.
    const page = await session.open(INDEX);
    await read(page, 'tass', 'example-wire', ['TASS', 'Example Wire']);
    expect(await page.locator('.reader .row.pair').count()).toBe(0);
    expect(await page.locator('.reader .row.only .tag', { hasText: 'Only in Example Wire' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.reader .row.only .tag', { hasText: 'Only in TASS' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  it('reopens the pair from a copied link, and follows the browser back', async () => {
    const page = await session.open(`${INDEX}?a=example-wire&b=tass`);
    await page.locator('.reader-any .reader .row').first().waitFor();
    expect(await page.locator('.reader .heads .h.a').textContent()).toBe('Example Wire');
    expect(await page.getByLabel('First outlet (its order)').inputValue()).toBe('example-wire');
    const first = await page.locator('.reader .row').first().getAttribute('id');
    expect(first).toMatch(/^r-/);
    await page.getByLabel('Beside it').selectOption('tass');
    await page.getByLabel('First outlet (its order)').selectOption('rt');
    await page.getByRole('button', { name: 'Read' }).click();
    await page.waitForURL(/a=rt&b=tass/);
    await page.locator('.reader .heads .h.a', { hasText: 'RT' }).waitFor();
    await page.goBack();
    await page.locator('.reader .heads .h.a', { hasText: 'Example Wire' }).waitFor();
    expect(await page.locator('.reader .row').first().getAttribute('id')).toBe(first);
  });

  it('keeps its list of articles and no picker without JavaScript', async () => {
    const page = await session.open(INDEX, { javaScriptEnabled: false });
    expect(await page.locator('.pairs li a').count()).toBeGreaterThan(PRERENDER_MAX_OUTLETS);
    expect(await page.locator('.reader-any').isVisible()).toBe(false);
  });

  it('loads the script on that page only', async () => {
    const pageScripts = async (path: string) => {
      const page = await session.page();
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.goto(new URL(path, session.site.url).href);
      await page.waitForLoadState('networkidle');
      return urls.filter((u) => u.includes('reader-any'));
    };
    expect(await pageScripts(INDEX)).toHaveLength(1);
    expect(await pageScripts('/search/')).toEqual([]);
    expect(await pageScripts('/events/putin-xi-call-2025-01-21/read/')).toEqual([]);
  });
});
