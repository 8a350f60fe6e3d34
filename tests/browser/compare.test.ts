/** The outlet picker on /compare/, in Chromium: keyboard, URL state, minimum of two. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../helpers/browser.ts';
import type { Page } from 'playwright-core';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

const visibleOutlets = (page: Page) =>
  page.$$eval('#coverage thead th[data-outlet]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset['outlet']),
  );

describe('choosing outlets on /compare/', () => {
  it('shows the picker once its script runs, with every outlet shown', async () => {
    const page = await session.open('/compare/');
    await expect(page.locator('outlet-picker').isVisible()).resolves.toBe(true);
    // Columns are in the order of the outlets' names.
    expect(await visibleOutlets(page)).toEqual(['devdiscourse', 'rt', 'pivot-to-asia', 'tass']);
  });

  it('hides the picker, and shows every outlet, when JavaScript is off', async () => {
    const page = await session.open('/compare/', { javaScriptEnabled: false });
    expect(await page.locator('outlet-picker').isVisible()).toBe(false);
    expect((await visibleOutlets(page)).length).toBe(4);
  });

  it('hides an outlet from every section with the keyboard, keeps the choice in the URL and announces it', async () => {
    const page = await session.open('/compare/');
    await page.locator('outlet-picker input[value="devdiscourse"]').focus();
    await page.keyboard.press('Space');
    expect(await visibleOutlets(page)).toEqual(['rt', 'pivot-to-asia', 'tass']);
    expect(await page.locator('[data-outlet="devdiscourse"]:visible').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('outlets')).toBe('rt,pivot-to-asia,tass');
    await expect(page.locator('outlet-picker [role="status"]').textContent()).resolves.toBe('Showing 3 of 4 outlets.');
  });

  it('opens a linked view with only the outlets in ?outlets=', async () => {
    const page = await session.open('/compare/?outlets=tass,rt#statements');
    expect(await visibleOutlets(page)).toEqual(['rt', 'tass']);
    expect(await page.locator('#statement-trade-above-200bn td:visible').count()).toBe(2);
    expect(await page.locator('#topic-trade .lane[data-outlet]:not([hidden])').count()).toBe(2);
  });

  it('keeps at least two outlets: the last two cannot be unticked', async () => {
    const page = await session.open('/compare/?outlets=tass,rt');
    expect(await page.locator('outlet-picker input[value="tass"]').isDisabled()).toBe(true);
    expect(await page.locator('outlet-picker input[value="rt"]').isDisabled()).toBe(true);
    expect(await page.locator('outlet-picker input[value="pivot-to-asia"]').isDisabled()).toBe(false);
  });

  it('ignores unknown or too few outlets in the URL and shows them all', async () => {
    const page = await session.open('/compare/?outlets=tass,nonsense');
    expect((await visibleOutlets(page)).length).toBe(4);
  });

  it('jumps to a statement row by its link and highlights it', async () => {
    const page = await session.open('/compare/#statement-spring-all-year');
    const bg = await page.locator('#statement-spring-all-year').evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#statement-new-stage').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(other);
  });
});
