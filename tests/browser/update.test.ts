/**
 * A new build reaching a reader with the site open, in Chromium: the site of
 * dist/ (A) is served from a folder, a page is opened and the service worker
 * takes it over; the folder then gets build B (the same content with one new
 * word), the worker finds it, and the page says so once, with a reload button
 * reached from the keyboard; after the reload, search finds the new word.
 */
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, runBuild, scratchContent } from '../helpers/build.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { resultOutlets, serviceWorkerControls, settled } from '../helpers/search-page.ts';
import { dist } from '../helpers/site.ts';

// A word in no article of the edition, added to one article for build B.
const NEW_WORD = 'glimmerquartz';
let content: string;
let distB: string;
let served: string;
let session: Session;

beforeAll(async () => {
  content = await scratchContent((dir) => appendFile(path.join(dir, 'articles/tass.md'), `\nThe word ${NEW_WORD} is new in this build.\n`));
  distB = path.join(await mkdtemp(path.join(tmpdir(), 'parallax-update-')), 'dist');
  const build = await runBuild(content, distB);
  if (build.code !== 0) throw new Error(`build B failed:\n${build.output}`);
  served = await mkdtemp(path.join(tmpdir(), 'parallax-served-'));
  await cp(dist, served, { recursive: true });
  session = await startSession(served);
}, 600_000);
afterAll(async () => {
  await session?.close();
  await cleanup(content, path.dirname(distB), served);
});

const notice = (page: Page) => page.evaluate(() => document.getElementById('update-status')?.textContent ?? null);

/** Asks the page's service worker registration to check for a new sw.js. */
const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

describe('a new build while the site is open', () => {
  it('says so once, reloads from the keyboard, and the reloaded search finds the new word', { timeout: 180_000 }, async () => {
    const page = await session.page();
    await page.goto(`${session.site.url}/search/?q=${NEW_WORD}`);
    await settled(page);
    expect(await resultOutlets(page)).toEqual([]);
    await serviceWorkerControls(page);
    // The first install takes the page over without a word.
    expect(await notice(page)).toBe('');

    // Deploy B into the served folder.
    await rm(served, { recursive: true, force: true });
    await cp(distB, served, { recursive: true });

    const taken = page.evaluate(
      () => new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })),
    );
    await checkForUpdate(page);
    await taken;
    expect(await notice(page)).toBe('A newer edition of Parallax is available.');
    expect(await page.locator('#update-reload').isVisible()).toBe(true);
    // Once: a second check (nothing newer) adds nothing, and the page holds one notice and one button.
    await checkForUpdate(page);
    expect(await page.locator('[role="status"]:has-text("newer edition")').count()).toBe(1);
    expect(await page.locator('#update-reload:visible').count()).toBe(1);
    // A page opened after the update shows the new build and no notice.
    const fresh = await page.context().newPage();
    await fresh.goto(`${session.site.url}/`);
    await serviceWorkerControls(fresh);
    expect(await notice(fresh)).toBe('');
    await fresh.close();

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The reload button is the next stop after the skip link.
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('update-reload');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await settled(page);
    expect(await resultOutlets(page)).toEqual(['tass']);
    expect(await notice(page)).toBe('');
  });
});
