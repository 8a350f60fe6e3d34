/** Every page in real Chromium: it renders, loads nothing broken, passes axe in light and dark at 1280 and 390 px, fits a phone's width, and works from the keyboard. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';
import { eventPath } from '../../src/lib/paths.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { archiveRoutes, outletIds } from '../helpers/site.ts';

// The edition pages besides the newest, whose page is /compare/'s markup (tests/build/editions.test.ts): axe on each kind once.
const [, ...earlierEditions] = readCorpus().editions.map((e) => eventPath(e.event.id));
const routes = [
  '/',
  '/compare/',
  '/search/',
  '/404.html',
  '/offline/',
  ...outletIds().map((id) => `/outlets/${id}/`),
  ...earlierEditions,
  ...archiveRoutes(),
];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

/** Opens a page, recording console errors and failed or non-local requests. */
async function visit(route: string, options = {}): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = await session.page(options);
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(session.site.url) && problems.push(`third-party: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/404.html') && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(new URL(route, session.site.url).href, { waitUntil: 'networkidle' });
  return { page, problems };
}

// The service worker runs on the first page only: it precaches the same files whichever page registers it, and in each
// new context it would fetch them all again (tests/browser/search.test.ts has it offline on other pages).
describe(routes[0]!, () => {
  it('renders its heading with the service worker running, and no console error, failed or third-party request', async () => {
    const { page, problems } = await visit(routes[0]!);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

const WIDTHS = [
  ['1280 px', DESKTOP],
  ['390 px', PHONE],
] as const;
// /compare/ is checked by axe in all four ways, and for sideways scroll, in compare-fits.test.ts: here it is loaded once.
const FULL =
  'renders its heading with no console error, failed or third-party request, has no axe violations in light and dark at %s, and no sideways scroll';
const LOADS_ONLY = 'renders its heading with no console error, failed or third-party request at %s';

describe.each(routes)('%s', (route) => {
  const full = route !== '/compare/';
  // Each width is loaded at that width (scripts may read it on load); light and dark are the same page with the colour
  // scheme switched, which restyles it as a load in that scheme would.
  it.each(full ? WIDTHS : WIDTHS.slice(0, 1))(
    full ? FULL : LOADS_ONLY,
    async (_, viewport) => {
      // Without the service worker: it would precache the site again in each new context, and networkidle waits for it.
      const { page, problems } = await visit(route, { viewport, colorScheme: 'light', serviceWorkers: 'block' });
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      if (!full) return;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
    },
    // Room, not a speed check: axe on a long page took over 30 s on this 2-core machine under load.
    120_000,
  );
});

describe('keyboard and links', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page } = await visit('/outlets/tass/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('opens a paragraph link scrolled to and highlighting that paragraph', async () => {
    const { page } = await visit('/outlets/tass/#every-season-is-spring-for-russian-chinese');
    const target = page.locator('#every-season-is-spring-for-russian-chinese');
    const other = page.locator('#the-russian-head-of-state-expressed');
    const background = (l: typeof target) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(target)).not.toBe(await background(other));
    const box = await target.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(900);
  });

  it('moves the highlight when a reader follows a paragraph’s own link', async () => {
    const { page } = await visit('/outlets/rt/');
    const link = page.locator('#the-two-leaders-talked-for-almost > a.block-link');
    await link.focus();
    await page.keyboard.press('Enter');
    // The fragment navigation may land just after the key press returns (a loaded machine): wait for it, or time out.
    await page.waitForURL((u) => u.hash === '#the-two-leaders-talked-for-almost');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('the-two-leaders-talked-for-almost');
  });
});
