/**
 * Search on a corpus larger than one batch of 10 (a synthetic 64-article corpus
 * built from the real sentences): a common word loads the first articles
 * only, says how many match in all, and "Show more results" reads on. And, with
 * eight articles an outlet, an outlet's list: whole on its page, the few around
 * each article on that article's page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { writeSyntheticCorpus } from '../../src/build/synthetic.ts';
import { NEARBY_ARTICLES } from '../../src/lib/archive.ts';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';
import { root, runBuild } from '../helpers/build.ts';

let content: string;
let dist: string;
let session: Session;

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'parallax-scale-'));
  dist = path.join(tmpdir(), `parallax-scale-dist-${process.pid}`);
  await writeSyntheticCorpus(path.join(root, 'content'), content, 64);
  const result = await runBuild(content, dist);
  expect(result.code, result.output.slice(-2000)).toBe(0);
  session = await startSession(dist);
}, 600_000); // the build may wait for another test file's build (two files run at a time)
afterAll(async () => {
  await session?.close();
  await rm(content, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
});

describe('search over more articles than one batch', () => {
  it('reads the first batch only, then more on request', async () => {
    const page = await session.page();
    const fragments: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
    await page.goto(`${session.site.url}/search/?q=Putin`);
    await page.waitForFunction(() => /showing the first/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const [, total, shown, outlets, of] = /is in (\d+) articles; showing the first (\d+), from (\d+) of (\d+) outlets\./.exec(status) ?? [];
    expect(Number(total), status).toBeGreaterThan(10);
    expect(Number(shown)).toBe(10);
    expect(Number(outlets)).toBe(await page.locator('.outlet-result').count());
    expect(Number(outlets)).toBeGreaterThan(0);
    expect(Number(of)).toBe(8);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.locator('button.more-results').click();
    await page.waitForFunction(() =>
      /showing the first (?!10,)\d+,|outlets, \d+ paragraphs\./.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(fragments.length).toBeGreaterThan(10);
    expect(fragments.length).toBeLessThanOrEqual(20);
    await session.closePages();
  });

  it('reads at most 50 articles a step where Pagefind gives only candidates, and goes on when asked', async () => {
    // A Chinese word: Pagefind's English index cannot look it up, so every article is a candidate and none holds it.
    const page = await session.page();
    const fragments: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
    await page.goto(`${session.site.url}/search/?q=${encodeURIComponent('普京')}`);
    await page.waitForFunction(() => /left to check/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^“普京” is in 0 of 8 outlets so far, 0 paragraphs; \d+ articles left to check\.$/,
    );
    expect(fragments.length).toBe(50);
    await expect(page.locator('#search-results .none').textContent()).resolves.toBe('None of the first 50 articles has it.');
    await expect(page.locator('button.more-results').textContent()).resolves.toBe('Check more articles');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('button.more-results').click();
    await page.waitForFunction(() => /^No article has/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.length).toBeLessThanOrEqual(100);
    await session.closePages();
  });
});

describe("an outlet's articles, eight of them", () => {
  it('are all listed on the outlet page; an article page lists the few around its own, numbered as there, and links the rest', async () => {
    const pages = await loadSite(dist);
    const at = (route: string) => pages.find((p) => p.route === route)!;
    const links = ($: Page['$']) =>
      $('.others li')
        .map((_, li) => $(li).find('a').first().attr('href'))
        .get();
    const outlets = pages.filter((p) => /^\/outlets\/[^/]+\/$/.test(p.route));
    expect(outlets.length).toBe(8);
    for (const outletPage of outlets) {
      const all = links(outletPage.$);
      expect(all.length, outletPage.route).toBe(8);
      expect(outletPage.$('.others p a').length, outletPage.route).toBe(0);
      expect(outletPage.$('.others ol').attr('start')).toBeUndefined();
      expect(new Set(all).size).toBe(8);
      for (const [i, route] of all.entries()) {
        if (route === outletPage.route) continue;
        const { $ } = at(route);
        const shown = links($);
        const start = Number($('.others ol').attr('start') ?? 1) - 1;
        expect(shown, route).toEqual(all.slice(start, start + NEARBY_ARTICLES));
        expect($('.others [aria-current="page"]').attr('href'), route).toBe(route);
        const before = i - start;
        const after = start + NEARBY_ARTICLES - 1 - i;
        expect(before >= 0 && after >= 0, route).toBe(true);
        if (start > 0 && start + NEARBY_ARTICLES < all.length) expect(Math.abs(before - after)).toBeLessThanOrEqual(1);
        const more = $('.others p a');
        expect(more.attr('href'), route).toBe(`${outletPage.route}#others-title`);
        expect(more.text().replace(/\s+/g, ' ')).toMatch(/^All 8 articles by /);
        expect($('.others p').text().replace(/\s+/g, ' ')).toContain(`Articles ${start + 1} to ${start + NEARBY_ARTICLES}, around this one.`);
      }
    }
    const page = await session.page();
    await page.goto(`${session.site.url}${links(outlets[0]!.$).at(-1)}`);
    expect(await axeViolations(page)).toEqual([]);
    await session.closePages();
  });
});
