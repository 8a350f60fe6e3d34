/**
 * /compare/?outlets= in Chromium with JavaScript off: the page is prerendered, the same for every query, so it
 * shows every outlet and a note that says choosing needs JavaScript, linking each prerendered reader pair; with
 * JavaScript the note is not there and the picker applies the query.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { startSession, type Session } from '../helpers/browser.ts';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

/** The outlets the coverage table shows (its fold may be closed: what counts is which columns the picker hid). */
const visibleOutlets = (page: Awaited<ReturnType<Session['open']>>) =>
  page.$$eval('#coverage thead th[data-outlet]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset['outlet']),
  );

describe('/compare/?outlets= without JavaScript', { timeout: 120_000 }, () => {
  it('shows every outlet, says the choice needs JavaScript and links the reader pairs, which open the pair', async () => {
    const page = await session.open('/compare/?outlets=tass,rt', { javaScriptEnabled: false });
    expect((await visibleOutlets(page)).length).toBe(4);
    const note = page.locator('.picker-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Choosing outlets needs JavaScript, so every outlet is shown/);
    const link = note.getByRole('link', { name: 'RT and TASS' });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL((url) => /^\/events\/putin-xi-call-2026-02-04\/read\/(rt\/tass|tass\/rt)\/$/.test(url.pathname));
    expect(await page.locator('h1').textContent()).toMatch(/^(RT and TASS|TASS and RT), sentence by sentence$/);
  });

  it('with JavaScript, shows no note and applies ?outlets=', async () => {
    const page = await session.open('/compare/?outlets=tass,rt');
    expect(await page.locator('.picker-noscript').count()).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('#coverage thead th[data-outlet]:not([hidden])').length === 2);
    expect((await visibleOutlets(page)).sort()).toEqual(['rt', 'tass']);
  });

  // axe runs as a script, so it checks the note put in place from the served page (DOMParser runs no script and
  // reads <noscript> as a browser without JavaScript does).
  it.each([
    ['light', 390],
    ['dark', 1280],
  ] as const)('has no axe violations with the note shown (%s, %i px)', async (colorScheme, width) => {
    const page = await session.open('/compare/', { colorScheme, viewport: { width, height: 900 }, serviceWorkers: 'block' });
    await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch('/compare/')).text(), 'text/html');
      const note = served.querySelector('.picker-noscript')!;
      document.querySelector('outlet-picker')!.replaceWith(document.adoptNode(note));
    });
    expect(await page.locator('.picker-noscript').isVisible()).toBe(true);
    // The note alone: the rest of /compare/ is checked by compare-fits.test.ts (axe on the whole page takes long here).
    const result = await new AxeBuilder({ page })
      .include('.picker-noscript')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
