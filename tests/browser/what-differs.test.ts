/** "What differs" on /compare/ in Chromium: axe in light and dark at both widths, and the folded notes a click away. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

describe('What differs on /compare/', { timeout: 240_000 }, () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const)('has no axe violations, its further notes open (%s, %i px)', async (colorScheme, width) => {
    const page = await session.page({ colorScheme, viewport: { width, height: width === 390 ? 844 : 900 } });
    await page.goto(new URL('/compare/', session.site.url).href, { waitUntil: 'networkidle' });
    await page.locator('#what-differs .differs-more summary').click();
    await expect(page.locator('#what-differs .differs-more li').first().isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
