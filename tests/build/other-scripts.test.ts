/**
 * Outlets writing in other scripts, dropped into a copy of content/: a
 * Chinese article (no spaces between words) and a Russian one. Their
 * paragraphs get short ids from their first words, their length counts
 * words rather than runs of text, and search finds words inside a run of
 * Chinese text (Pagefind's index keeps such a run as one token, so the page
 * checks the text itself). Built with the sixth outlet (./sixth-outlet.test.ts)
 * in one build (tests/helpers/fixture-sites.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';

let dist: string;
let pages: Page[];
let session: Session;
const page = (route: string) => pages.find((p) => p.route === route)!;

beforeAll(async () => {
  const { newOutlets } = await fixtureSites();
  expect(newOutlets.code, newOutlets.output).toBe(0);
  dist = newOutlets.dist;
  pages = await loadSite(dist);
  session = await startSession(dist);
}, FIXTURE_BUILDS);
afterAll(() => session?.close());

const ids = (route: string) =>
  page(route)
    .$('.article-body [data-block]')
    .map((_, el) => page(route).$(el).attr('id'))
    .get();

describe('articles in other scripts', () => {
  it('give Chinese paragraphs ids of their first six words, and Russian ones as usual', () => {
    expect(ids('/outlets/example-zh/')).toEqual(['2月4日下午国家', '习近平指出中俄关系保持', '两国元首还就台湾问题']);
    expect(ids('/outlets/example-ru/')).toEqual([
      'президент-россии-владимир-путин-провел-переговоры',
      'товарооборот-между-странами-превысил-200-миллиардов',
    ]);
  });

  it('count words, not runs of text between spaces', () => {
    expect(page('/outlets/example-zh/').$('.meta').text()).toContain('47 words, 3 paragraphs');
    expect(page('/outlets/example-ru/').$('.meta').text()).toContain('23 words, 2 paragraphs');
  });

  it('mark the article with its language', () => {
    expect(page('/outlets/example-zh/').$('article').attr('lang')).toBe('zh');
    expect(page('/outlets/example-ru/').$('article').attr('lang')).toBe('ru');
  });

  it.each([
    { q: '普京', outlet: 'example-zh', paragraph: '2月4日下午国家' },
    { q: '"台湾问题"', outlet: 'example-zh', paragraph: '两国元首还就台湾问题' },
    { q: '2000亿美元', outlet: 'example-zh', paragraph: '习近平指出中俄关系保持' },
    { q: '"200 миллиардов долларов"', outlet: 'example-ru', paragraph: 'товарооборот-между-странами-превысил-200-миллиардов' },
  ])('finds $q in its paragraph and highlights it on arrival', async ({ q, outlet, paragraph }) => {
    const p = await session.open(`/search/?q=${encodeURIComponent(q)}`);
    await p.waitForFunction(() => /is in \d+ of \d+ outlets/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = await p.$$eval('.outlet-result .hits a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => `${u.pathname}${decodeURIComponent(u.hash)}`),
    );
    expect(links).toContain(`/outlets/${outlet}/#${paragraph}`);
    await p
      .locator(`.outlet-result .hits a[href$="#${encodeURIComponent(paragraph)}"]`)
      .first()
      .click();
    await p.waitForURL((u) => u.pathname === `/outlets/${outlet}/`);
    expect(await p.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraph);
    expect(await p.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
    await session.closePages();
  });
});
