/**
 * When the usual path is closed, in Chromium: /search/ without JavaScript says its query was not searched and leads
 * to every article and the comparison (with JavaScript, the query stays in the field); offline, an address the
 * service worker has not kept shows the site's own offline page, with links to what it has kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';
import { serviceWorkerControls } from '../helpers/search-page.ts';
import { outletIds } from '../helpers/site.ts';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

const hrefs = (page: Page, scope: string) => page.locator(`${scope} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('/search/ without JavaScript', { timeout: 120_000 }, () => {
  it('says the query and filters were not applied, and links every outlet page and the comparison', async () => {
    const page = await session.open('/search/?q=Xinhua&outlet=rt', { javaScriptEnabled: false });
    const note = page.locator('#search-results .notice');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/needs JavaScript.*not searched.*filters/s);
    const links = await hrefs(page, '#search-results');
    for (const id of outletIds()) expect(links).toContain(`/outlets/${id}/`);
    expect(links).toContain('/compare/');
    for (const target of links) {
      const response = await page.request.get(new URL(target!, session.site.url).href);
      expect(response.status(), target!).toBe(200);
    }
  });

  // axe runs as a script, so it cannot run where scripts are off: it checks the page with its <noscript> content
  // in place of the results, as a browser without JavaScript shows it.
  // Each width loaded at that width; light and dark by switching the colour scheme, which restyles the page as a load would.
  it.each([390, 1280])('has no axe violations with its note shown, in light and dark (%i px)', async (width) => {
    const page = await session.open('/search/', { colorScheme: 'light', viewport: { width, height: 900 }, serviceWorkers: 'block' });
    await page.waitForFunction(() => document.documentElement.dataset['search'] === 'ready');
    // DOMParser runs no script, so it reads <noscript> as a browser without JavaScript does.
    await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch('/search/')).text(), 'text/html');
      const shown = document.createElement('div');
      shown.append(...served.querySelector('#search-results noscript')!.childNodes);
      document.getElementById('search-results')!.replaceChildren(shown);
    });
    expect(await page.locator('#search-results .notice').isVisible()).toBe(true);
    expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
  });

  it('with JavaScript, keeps the query typed into the header form in the search field', async () => {
    const page = await session.open('/outlets/rt/');
    await page.locator('#site-search').fill('every season');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/');
    await page.waitForFunction(() => document.documentElement.dataset['search'] === 'ready');
    expect(await page.locator('#search-q').inputValue()).toBe('every season');
    // The search runs, its results replace the no-JavaScript note, and the note is never shown.
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('“every season”'));
    expect(await page.locator('#search-results .outlet-result').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results .notice').count()).toBe(0);
  });
});

describe('offline', { timeout: 120_000 }, () => {
  it('shows the site’s own offline page for an address it has not kept, with links to what it has', async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}/`);
    await serviceWorkerControls(page);
    // Online, an unknown address is the 404 page, not the offline page.
    await page.goto(`${session.site.url}/no-such-page/`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');

    await page.context().setOffline(true);
    for (const address of ['/no-such-page/', '/outlets/no-such-outlet/', '/events/never-built/?q=x']) {
      await page.goto(`${session.site.url}${address}`);
      expect(await page.locator('h1').textContent(), address).toBe('You are offline');
    }
    const links = await hrefs(page, 'main');
    expect(links).toEqual(expect.arrayContaining(['/', '/compare/', '/search/', ...outletIds().map((id) => `/outlets/${id}/`)]));
    // Every page it links to is there offline.
    for (const href of links) {
      await page.goto(`${session.site.url}${href!}`);
      expect(await page.locator('h1').textContent(), href!).not.toBe('You are offline');
    }
  });

  // The offline page's axe runs, in light and dark at both widths, are smoke.test.ts's (it checks every page).
});
