/** "What differs" on /compare/ in Chromium: axe in light and dark at both widths, and the folded notes a click away. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

describe('What differs on /compare/', { timeout: 240_000 }, () => {
  // Each width loaded at that width; light and dark by switching the colour scheme, which restyles the page as a load would.
  it.each([1280, 390])('has no axe violations, its further notes open, in light and dark (%i px)', async (width) => {
    const page = await session.page({ colorScheme: 'light', viewport: { width, height: width === 390 ? 844 : 900 } });
    await page.goto(new URL('/compare/', session.site.url).href, { waitUntil: 'networkidle' });
    await page.locator('#what-differs .differs-more summary').click();
    await expect(page.locator('#what-differs .differs-more li').first().isVisible()).resolves.toBe(true);
    expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
  });
});
