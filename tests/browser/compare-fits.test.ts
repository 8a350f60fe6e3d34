/** /compare/ fits a few screens in Chromium: its height once everything has rendered, the menu and headers in view, folds, phone, print, axe. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Scrolls to the bottom until the height stops changing (anything lazy has then rendered), and returns it. */
async function renderedHeight(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const height = await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise(requestAnimationFrame);
      }
      await new Promise(requestAnimationFrame);
      return document.documentElement.scrollHeight;
    });
    if (height === last) return height;
    last = height;
  }
}

/** Where an element is on the screen now. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('/compare/ fits a few screens', () => {
  it.each([
    ['1280×900', 10, desktop],
    ['390×844', 20, phone],
  ])('at %s is at most %d screens tall once fully rendered', async (_, screens, options) => {
    const page = await session.open('/compare/', options);
    const height = await renderedHeight(page);
    expect(height / options.viewport.height).toBeLessThanOrEqual(screens);
    // Rendering everything did not change the height: nothing is laid out only when it nears the screen.
    await page.evaluate(() => scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
  });

  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])('keeps the section menu in view down the page, every section in it (%s)', async (_, options) => {
    const page = await session.open('/compare/', options);
    const links = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ids = await page.locator('.compare section[id] > h2').evaluateAll((hs) => hs.map((h) => `#${h.parentElement!.id}`));
    expect(links).toEqual(ids);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const menu = await box(page, 'nav.toc');
    expect(menu.top).toBeGreaterThanOrEqual(0);
    expect(menu.bottom).toBeLessThanOrEqual(options.viewport.height / 4);
  });

  it('unfolds a folded section when its #id is visited, and a folded row by its #id', async () => {
    const page = await session.open('/compare/');
    expect(await page.locator('#word-choice > details.fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('nav.toc a[href="#word-choice"]').click();
    await expect.poll(() => page.locator('#word-choice > details.fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#word-choice table').first().isVisible()).toBe(true);

    const row = await page.locator('#sources tbody tr[id]').first().getAttribute('id');
    const direct = await session.open(`/compare/#${row}`);
    expect(await direct.locator(`[id="${row}"]`).isVisible()).toBe(true);
    const topic = await session.open('/compare/#topics');
    expect(await topic.locator('#topics .lane').first().isVisible()).toBe(true);
  });

  it('keeps the outlet headers in view low in a long table and in a topic lane', async () => {
    const page = await session.open('/compare/#statements');
    const last = page.locator('#statements tbody tr').last();
    await last.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -100));
    const head = await box(page, '#statements thead th[data-outlet]');
    const menu = await box(page, 'nav.toc');
    expect(head.top).toBeGreaterThanOrEqual(menu.bottom - 1);
    expect(head.bottom).toBeLessThanOrEqual(900);
    // The header is drawn over the rows, not hidden behind them.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.dataset['outlet'], {
      x: head.left + 5,
      y: head.top + head.height / 2,
    });
    expect(hit).toBeTruthy();

    const lanes = await session.open('/compare/#topics');
    const lane = lanes
      .locator('#topics .lane')
      .filter({ has: lanes.locator('details.lane-more') })
      .first();
    await lane.locator('details.lane-more').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await lane.locator('blockquote').last().scrollIntoViewIfNeeded();
    const laneBox = await lane.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const laneHead = await lane.locator('h4').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    if (laneBox.top < 0) expect(laneHead.top).toBeGreaterThanOrEqual(0);
    expect(laneHead.bottom).toBeGreaterThan(0);
  });

  it('has no sideways scroll at 390 px, unsquashed word-choice titles and comparison text at the articles’ size', async () => {
    const page = await session.open('/compare/#word-choice', phone);
    await page.locator('#statements > details.fold').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const caption = await box(page, '#word-choice caption');
    expect(caption.width).toBeGreaterThan(250);
    const size = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('#statements td')).toBeGreaterThanOrEqual(16);
    // A wrapped outlet name ends above the next outlet's cell.
    const cells = await page
      .locator('#statements tbody tr')
      .first()
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => ({
          bottom: td.getBoundingClientRect().bottom,
          labelBottom: td.getBoundingClientRect().top + parseFloat(getComputedStyle(td, '::before').height),
        })),
      );
    for (const c of cells) expect(c.labelBottom).toBeLessThanOrEqual(c.bottom + 1);
  });

  it('prints without the menu, the picker or the fold controls, and prints link addresses', async () => {
    const page = await session.open('/compare/?outlets=rt,tass');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['nav.toc', 'outlet-picker', '.fold > summary', '.row-link'])
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    const after = await page
      .locator('#data p a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/data/comparison.json');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
  });

  // Each width loaded at that width; light and dark by switching the colour scheme, which restyles the page as a load would.
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ] as const)(
    'has no axe violations in light and dark at %s width',
    async (_, options) => {
      const page = await session.open('/compare/', { ...options, colorScheme: 'light' });
      expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
    },
    120_000,
  ); // room, not a speed check: axe on /compare/ took over 30 s on this 2-core machine under load
});
