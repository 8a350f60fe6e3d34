/** The two-outlet reader in Chromium: TASS beside RT, on a desktop and a 390 px phone, with and without JavaScript. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';

const READER = '/events/putin-xi-call-2026-02-04/read/tass/rt/';
const PHONE = { viewport: { width: 390, height: 844 } };

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

/** The id of the pair row whose left sentence matches. */
const pairRow = (page: Page, words: string) =>
  page
    .locator('.reader .row.pair', { has: page.locator('.c.a .s', { hasText: words }) })
    .first()
    .getAttribute('id');

/** Two animation frames: the switch puts the row back in place once more on the next frame. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Whether an element is on screen, below the sticky bar at the top. */
const inView = (page: Page, id: string) =>
  page.evaluate((rowId) => {
    const r = document.getElementById(rowId)!.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, id);

describe('the reader on a desktop', () => {
  it('shows both outlets side by side, the exemplary sentences across from each other with the differing words marked', async () => {
    const page = await session.open(READER);
    const id = (await pairRow(page, 'strategic cooperation are exemplary'))!;
    const a = page.locator(`#${id} .c.a`);
    const b = page.locator(`#${id} .c.b`);
    const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
    expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1);
    expect(Math.abs(boxA!.y - boxB!.y)).toBeLessThan(2);
    expect(await b.textContent()).toContain('strategic interaction is exemplary');
    expect(await a.locator('mark').allTextContents()).toContain('cooperation are');
    expect(await b.locator('mark').allTextContents()).toContain('interaction is');
    // Marked words stand out by more than colour: they are underlined.
    expect(
      await a
        .locator('mark')
        .first()
        .evaluate((m) => getComputedStyle(m).textDecorationLine),
    ).toBe('underline');
  });

  it('lines up the trade sentences, with differences marked', async () => {
    const page = await session.open(READER);
    const id = (await pairRow(page, '$200 billion mark'))!;
    expect(await page.locator(`#${id} .c.b`).textContent()).toContain('exceeding $200 billion annually');
    expect(await page.locator(`#${id} .c.a mark`).count()).toBeGreaterThan(0);
    expect(await page.locator(`#${id} .c.b mark`).count()).toBeGreaterThan(0);
  });

  it('has "Only in" rows for each outlet', async () => {
    const page = await session.open(READER);
    expect(await page.locator('.row.only .tag', { hasText: 'Only in TASS' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.row.only .tag', { hasText: 'Only in RT' }).count()).toBeGreaterThan(0);
  });

  it('keeps the outlet headers in view while scrolling', async () => {
    const page = await session.open(READER);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const box = await page.locator('.reader .heads').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(2);
    expect(await page.locator('.reader .heads').isVisible()).toBe(true);
  });

  it('lands a link to a row on that row, highlighted and not under the headers', async () => {
    const first = await session.open(READER);
    const id = (await pairRow(first, '$200 billion mark'))!;
    const page = await session.open(`${READER}#${id}`);
    const row = await page.locator(`#${id}`).boundingBox();
    const heads = await page.locator('.reader .heads').boundingBox();
    expect(row!.y).toBeGreaterThanOrEqual(heads!.y + heads!.height - 1);
    expect(row!.y).toBeLessThan(900);
    const background = (rowId: string) => page.locator(`#${rowId}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = (await page.locator('.reader .row').first().getAttribute('id'))!;
    expect(await background(id)).not.toBe(await background(other));
  });

  it('reaches a row’s paragraph link by keyboard and opens the paragraph on the outlet page', async () => {
    const page = await session.open(READER);
    const id = (await pairRow(page, '$200 billion mark'))!;
    const link = page.locator(`#${id} .c.a a.p`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/outlets\/tass\/#russian-chinese-trade-turnover-even-with-minor$/);
    expect(await page.locator('#russian-chinese-trade-turnover-even-with-minor').isVisible()).toBe(true);
  });

  // Each width loaded at that width; light and dark by switching the colour scheme, which restyles the page as a load would.
  it.each([
    ['1280 px', {}],
    ['390 px', PHONE],
  ] as const)(
    'has no axe violations in light and dark at %s',
    async (_, options) => {
      const page = await session.open(READER, { colorScheme: 'light', ...options });
      expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
    },
    120_000,
  );
});

describe('the reader on a 390 px phone', () => {
  it('does not scroll sideways', async () => {
    for (const route of [READER, '/events/putin-xi-call-2026-02-04/read/pivot-to-asia/devdiscourse/', '/events/putin-xi-call-2026-02-04/read/']) {
      const page = await session.open(route, PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), route).toBeLessThanOrEqual(0);
    }
  });

  it('shows one outlet at a time and switches by keyboard, keeping the row in view where it was', async () => {
    const page = await session.open(READER, PHONE);
    const id = (await pairRow(page, 'strategic cooperation are exemplary'))!;
    expect(await page.locator('.c.b').first().isVisible()).toBe(false);
    expect(await page.locator('.row.only[data-side="b"]').first().isVisible()).toBe(false);
    await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('.switch input[value="a"]').focus();
    const before = (await page.locator(`#${id}`).boundingBox())!.y;
    await page.keyboard.press('ArrowRight');
    await frames(page);
    expect(await page.locator('.switch input[value="b"]').isChecked()).toBe(true);
    expect(await page.locator(`#${id} .c.a`).isVisible()).toBe(false);
    expect(await page.locator(`#${id} .c.b`).isVisible()).toBe(true);
    expect(await page.locator('.row.only[data-side="b"]').first().isVisible()).toBe(true);
    expect(await inView(page, id)).toBe(true);
    expect(Math.abs((await page.locator(`#${id}`).boundingBox())!.y - before)).toBeLessThan(2);
    // And back.
    await page.keyboard.press('ArrowLeft');
    await frames(page);
    expect(await page.locator(`#${id} .c.a`).isVisible()).toBe(true);
    expect(Math.abs((await page.locator(`#${id}`).boundingBox())!.y - before)).toBeLessThan(2);
  });

  it('keeps the nearest shared row in view when the row at the top belongs to the outlet being hidden', async () => {
    const page = await session.open(READER, PHONE);
    const only = page.locator('.row.only[data-side="a"]').nth(3);
    await only.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const next = await only.evaluate((el) => {
      let n = el.nextElementSibling as HTMLElement | null;
      while (n && n.dataset['side'] === 'a') n = n.nextElementSibling as HTMLElement | null;
      return n?.id ?? '';
    });
    await page.locator('.switch label', { hasText: 'RT' }).click();
    await frames(page);
    expect(await inView(page, next)).toBe(true);
  });

  it('switches without JavaScript too', async () => {
    const page = await session.open(READER, { ...PHONE, javaScriptEnabled: false });
    expect(await page.locator('.row.only[data-side="b"]').first().isVisible()).toBe(false);
    await page.locator('.switch label', { hasText: 'RT' }).click();
    expect(await page.locator('.row.only[data-side="b"]').first().isVisible()).toBe(true);
    expect(await page.locator('.row.only[data-side="a"]').first().isVisible()).toBe(false);
  });
});

describe('the ways in', () => {
  it('the /compare/ picker opens the chosen pair', async () => {
    const page = await session.open('/compare/');
    await page.locator('.reader-picker select[name="a"]').selectOption('tass');
    await page.locator('.reader-picker select[name="b"]').selectOption('rt');
    await page.locator('.reader-picker button').press('Enter');
    await page.waitForURL((url) => url.pathname === READER);
  });

  it('the /compare/ picker, without JavaScript, lands on the event’s pairs, which link the chosen one', async () => {
    const page = await session.open('/compare/', { javaScriptEnabled: false });
    await page.locator('.reader-picker select[name="a"]').selectOption('tass');
    await page.locator('.reader-picker select[name="b"]').selectOption('rt');
    await page.locator('.reader-picker button').click();
    await page.waitForURL((url) => url.pathname === '/events/putin-xi-call-2026-02-04/read/');
    await page.locator(`a[href="${READER}"]`).click();
    await page.waitForURL((url) => url.pathname === READER);
    expect(await page.locator('h1').textContent()).toBe('TASS and RT, sentence by sentence');
  });
});
