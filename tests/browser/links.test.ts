/** Copying a paragraph or row link from the keyboard, and links into a quoted sentence. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('copy link', () => {
  it('copies a paragraph link with the keyboard, shows and announces it, and still goes to the paragraph', async () => {
    const page = await session.open('/outlets/tass/', clipboard);
    // Tab from the paragraph before, as a keyboard user would.
    await page
      .locator('#every-season-is-spring-for-russian-chinese')
      .evaluate((el) => (el.previousElementSibling as HTMLElement).querySelector('a')?.focus());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-block]')?.id)).toBe('every-season-is-spring-for-russian-chinese');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('toast')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${session.site.url}/outlets/tass/#every-season-is-spring-for-russian-chinese`,
    );
    const toast = page.locator('#toast');
    expect(await toast.getAttribute('role')).toBe('status');
    expect(await toast.isVisible()).toBe(true);
    expect(await toast.textContent()).toBe('Link copied to the clipboard');
    expect(new URL(page.url()).hash).toBe('#every-season-is-spring-for-russian-chinese');
  });

  it('copies a comparison row’s link', async () => {
    const page = await session.open('/compare/#statements', clipboard);
    await page.locator('#statement-spring-all-year a.row-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('toast')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.site.url}/compare/#statement-spring-all-year`);
  });

  it('leaves a working link when JavaScript is off', async () => {
    const page = await session.open('/outlets/rt/', { javaScriptEnabled: false });
    await page.locator('#the-two-leaders-talked-for-almost a.block-link').click();
    expect(new URL(page.url()).hash).toBe('#the-two-leaders-talked-for-almost');
    expect(await page.locator('#toast').isVisible()).toBe(false);
  });
});

describe('links into a quoted sentence', () => {
  it('opens a statement’s quote from /compare/ scrolled to the quoted paragraph', async () => {
    const page = await session.open('/compare/');
    const href = await page.locator('#statement-trade-above-200bn td[data-outlet="pivot-to-asia"] a.para-ref').getAttribute('href');
    expect(href).toContain(':~:text=');
    await page.goto(new URL(href!, session.site.url).href);
    const box = await page.locator('#economic-cooperation-was-assessed-as-stable').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-box!.height);
    expect(box!.y).toBeLessThan(900);
  });
});
