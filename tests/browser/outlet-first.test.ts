/**
 * Outlet pages put the article first, in Chromium: the headline and the first paragraph within the first screen at
 * 390 × 844 and 1280 × 900 on every outlet page (and, in a copy of content/ with a sixth outlet, on an outlet's page
 * for its article on another event); the outlet's name above the headline in size; who the outlet is and its framing
 * after the article, or beside it on a wide screen; the ¶ control a 44 × 44 px target that says it copies; a print
 * style without controls that prints link addresses (smoke.test.ts runs axe on every outlet page in light and dark at
 * both widths).
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';
import { dist } from '../helpers/site.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SIZES = [
  ['390 × 844', PHONE],
  ['1280 × 900', DESKTOP],
] as const;

/** Every outlet page of a built site: /outlets/<id>/ and /outlets/<id>/<article>/. */
async function outletPages(site: string): Promise<string[]> {
  const routes: string[] = [];
  for (const outlet of await readdir(path.join(site, 'outlets'))) {
    routes.push(`/outlets/${outlet}/`);
    for (const entry of await readdir(path.join(site, 'outlets', outlet), { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(path.join(site, 'outlets', outlet, entry.name, 'index.html'))) {
        routes.push(`/outlets/${outlet}/${entry.name}/`);
      }
    }
  }
  return routes.sort();
}

/** Where the headline and the first paragraph are, and the line height of the paragraph, in the first viewport. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const first = document.querySelector('.article-body [data-block="paragraph"]')!;
    return {
      height: innerHeight,
      headline: box('.headline').top,
      paragraph: first.getBoundingClientRect().top,
      line: parseFloat(getComputedStyle(first).lineHeight),
      h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      headlineSize: parseFloat(getComputedStyle(document.querySelector('.headline')!).fontSize),
    };
  });
}

let session: Session;
let routes: string[];
/** Browser tests on a loaded machine: each test here opens many pages. */
const SLOW = 180_000;

/**
 * A page of the site without its service worker (which would precache the whole site in every new context). Within a
 * test, one page per site and window options goes from route to route (the tests that walk every route only read).
 */
const opened = new Map<string, Page>();
const open = async (on: Session, route: string, options: BrowserContextOptions = {}) => {
  const key = JSON.stringify([on.site.url, options]);
  const page = opened.get(key);
  if (!page) {
    const fresh = await on.open(route, { serviceWorkers: 'block', ...options });
    opened.set(key, fresh);
    return fresh;
  }
  await page.goto(new URL(route, on.site.url).href);
  return page;
};

beforeAll(async () => {
  session = await startSession();
  routes = await outletPages(dist);
});
afterAll(() => session?.close());
afterEach(async () => {
  opened.clear();
  await session.closePages();
});

describe('the article first', { timeout: SLOW }, () => {
  it.each(SIZES)(
    'shows the headline and the first line of the first paragraph in the first screen at %s, on every outlet page',
    async (_, viewport) => {
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const page = await open(session, route, { viewport });
        const at = await firstScreen(page);
        expect(at.headline, route).toBeGreaterThanOrEqual(0);
        expect(at.paragraph, route).toBeGreaterThan(at.headline);
        expect(at.paragraph + at.line, route).toBeLessThanOrEqual(at.height);
      }
    },
  );

  it.each(SIZES)('sets the outlet’s name (the h1) larger than the headline at %s', async (_, viewport) => {
    for (const route of routes) {
      const at = await firstScreen(await open(session, route, { viewport }));
      expect(at.h1, route).toBeGreaterThan(at.headlineSize);
    }
  });

  it('puts who the outlet is and its framing after the article on a phone, beside it at 1280 px', async () => {
    for (const route of routes.filter((r) => r.split('/').length === 4)) {
      const places = async (viewport: typeof PHONE) => {
        const page = await open(session, route, { viewport });
        const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
        return { article: await box('.article'), profile: await box('.profile'), glance: await box('.glance') };
      };
      const phone = await places(PHONE);
      expect(phone.profile.y, route).toBeGreaterThanOrEqual(phone.article.y + phone.article.height);
      expect(phone.glance.y, route).toBeGreaterThan(phone.profile.y);
      const wide = await places(DESKTOP);
      expect(wide.profile.x, route).toBeGreaterThanOrEqual(wide.article.x + wide.article.width);
      expect(wide.profile.y, route).toBeLessThan(wide.article.y + 200);
      expect(wide.glance.x, route).toBe(wide.profile.x);
    }
  });
});

describe('the paragraph link', { timeout: SLOW }, () => {
  it.each(SIZES)('is a target of at least 44 × 44 px at %s', async (_, viewport) => {
    const page = await open(session, '/outlets/rt/', { viewport });
    const links = page.locator('.article-body a.block-link');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('keeps the lines of a paragraph’s text evenly spaced on a phone: the larger target adds no height to the last', async () => {
    const page = await open(session, '/outlets/rt/', { viewport: PHONE });
    const gaps = await page.evaluate(() => {
      const p = document.querySelector('.article-body [data-block="paragraph"]')!;
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)))].sort((a, b) => a - b);
      return tops.slice(1).map((t, i) => t - tops[i]!);
    });
    expect(gaps.length).toBeGreaterThan(1);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(2);
  });

  it('says it copies the link, by its name and by a hint shown on focus', async () => {
    const page = await open(session, '/outlets/rt/');
    const link = page.locator('#the-two-leaders-talked-for-almost > a.block-link');
    expect(await link.getAttribute('aria-label')).toBe('¶2: copy the link to paragraph 2');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('"Copy link"');
  });

  it('without JavaScript, is named and shown as a plain link to the paragraph', async () => {
    const page = await open(session, '/outlets/rt/', { javaScriptEnabled: false });
    const link = page.locator('#the-two-leaders-talked-for-almost > a.block-link');
    expect(await link.getAttribute('aria-label')).toBe('¶2: link to paragraph 2');
    await link.focus();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('"link"');
  });

  it('copies the paragraph’s address without ?highlight=', async () => {
    const page = await session.page({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });
    await page.goto(`${session.site.url}/outlets/rt/?highlight=Xinhua`);
    await page.locator('#the-two-leaders-talked-for-almost > a.block-link').click();
    await page.waitForFunction(() => document.getElementById('toast')?.textContent === 'Link copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.site.url}/outlets/rt/#the-two-leaders-talked-for-almost`);
  });
});

describe('print', { timeout: SLOW }, () => {
  it('leaves out controls and prints link addresses', async () => {
    const page = await open(session, '/outlets/tass/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.article-body a.block-link', 'form', 'button', '#toast']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown, selector).toBe(0);
    }
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    const original = (await page.locator('.copy-note a').getAttribute('href'))!;
    expect(await after('.copy-note a')).toBe(`" <${original}>"`);
    const internal = (await page.locator('.glance a[href^="/"]').first().getAttribute('href'))!;
    expect(await after('.glance a[href^="/"]')).toBe(`" <${internal}>"`);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    // On screen, no address is added.
    await page.emulateMedia({ media: 'screen' });
    expect(await after('.copy-note a')).toBe('none');
  });
});

describe('an outlet’s article on another event', { timeout: SLOW }, () => {
  let built: string;
  let other: Session;

  beforeAll(async () => {
    // The fixture site with the sixth outlet, built once per run (tests/helpers/fixture-sites.ts).
    const { newOutlets } = await fixtureSites();
    expect(newOutlets.code, newOutlets.output).toBe(0);
    built = newOutlets.dist;
    other = await startSession(built);
  }, FIXTURE_BUILDS);
  afterAll(() => other?.close());

  it.each(SIZES)('shows its headline and first paragraph in the first screen at %s, like the outlet’s page', async (_, viewport) => {
    const pages = (await outletPages(built)).filter((r) => r.startsWith('/outlets/example-wire/'));
    expect(pages).toEqual(['/outlets/example-wire/', '/outlets/example-wire/example-wire-2025/']);
    for (const route of pages) {
      const page = await open(other, route, { viewport });
      const at = await firstScreen(page);
      expect(at.paragraph + at.line, route).toBeLessThanOrEqual(at.height);
      expect(at.h1, route).toBeGreaterThan(at.headlineSize);
      expect(await axeViolationsLightAndDark(page), route).toEqual({ light: [], dark: [] });
    }
  });
});
