/**
 * Search in Chromium against the built site: real quotes from every article,
 * any quote marks, filters and history in the URL, keyboard use, hostile
 * input, axe in every state, and the same results offline.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withStandfirst } from '../../src/lib/blocks.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/consts.ts';
import { isPlainPhrase } from '../../src/lib/search-query.ts';
import { axeViolationsLightAndDark, startSession, type Session } from '../helpers/browser.ts';
import { paragraphOf, resultOutlets, serviceWorkerControls, settled } from '../helpers/search-page.ts';
import { articleBlocks, sourceArticles } from '../helpers/site.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

/** A page without the service worker, which would precache the site again in each new context (the offline test has it). */
const newPage = (options = {}): Promise<Page> => session.page({ serviceWorkers: 'block', ...options });

async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`${session.site.url}/search/?q=${encodeURIComponent(q)}${extra}`);
  await settled(page);
}

// A real quote from each article, in straight and in curly quote marks.
const quotes = [
  { outlet: 'tass', quote: 'Every season is spring' },
  { outlet: 'rt', quote: 'comprehensive partnership and strategic interaction is exemplary' },
  { outlet: 'pivot-to-asia', quote: 'spring continues throughout the year, no matter the season' },
  { outlet: 'kyiv-independent', quote: 'decisive enabler' },
  { outlet: 'devdiscourse', quote: 'alleviating the impact of Western economic sanctions' },
];

describe('searching real quotes', () => {
  it.each(
    quotes.flatMap((q) => [
      { ...q, typed: `"${q.quote}"` },
      { ...q, typed: `“${q.quote}”` },
    ]),
  )('$typed finds $outlet first and links to the paragraph that holds it', async ({ outlet, quote, typed }) => {
    const page = await newPage();
    await search(page, typed);
    expect((await resultOutlets(page))[0]).toBe(outlet);
    const link = page.locator('.outlet-result').first().locator('.hits a').first();
    const href = new URL((await link.getAttribute('href'))!, session.site.url);
    expect(href.pathname).toBe(`/outlets/${outlet}/`);
    expect(href.hash).toBe(`#${paragraphOf(outlet, quote)}`);
    await link.click();
    await page.waitForURL((u) => u.pathname === `/outlets/${outlet}/`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraphOf(outlet, quote));
    // The searched words are highlighted on arrival (CSS Custom Highlight API).
    expect(await page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
  });

  it('finds a passage from the headline, standfirst and every paragraph, heading and list item of every article, and links to it', async () => {
    // Six words from each block (its start, middle or end in turn), pasted as a
    // phrase; a passage that has quote marks of its own is pasted bare.
    // Typed into the page's box and sent with Enter, one page for all: the search page loads Pagefind once, as a reader's does.
    const page = await newPage();
    await search(page, '');
    const box = page.locator('#search-q');
    const missed: string[] = [];
    let checked = 0;
    for (const article of sourceArticles()) {
      const blocks = [
        { id: `headline-${article.id}`, text: String(article.front['headline']) },
        ...withStandfirst(articleBlocks(article.body), article.front['standfirst'] ? String(article.front['standfirst']) : undefined),
      ];
      for (const [i, block] of blocks.entries()) {
        const words = block.text.split(/\s+/).filter(Boolean);
        const start = [0, Math.floor((words.length - 6) / 2), words.length - 6][i % 3]!;
        const passage = words.slice(Math.max(0, start), Math.max(0, start) + 6).join(' ');
        const typed = /["“”„«»]/.test(passage) ? passage : `"${passage}"`;
        await box.fill(typed);
        await box.press('Enter');
        await settled(page);
        expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
        // The results' own links (not the other outlets' words shown as the same statement).
        const links = await page.$$eval('.outlet-result .hits > li > a', (as) =>
          as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => ({ path: u.pathname, hash: u.hash })),
        );
        const found = links.some((l) => l.path.startsWith(`/outlets/${article.outlet}/`) && l.hash === `#${block.id}`);
        if (!found) missed.push(`${article.id} #${block.id}: ${typed}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  }, 300_000); // about 100 searches: generous, as CI machines are slower and noisier than this one, and run two test files at a time

  it('relies on Pagefind’s phrase search only where it finds every run of plain words in every article', async () => {
    // Phrases of plain words are sent to Pagefind as phrases (isPlainPhrase): a miss there would hide a real quote.
    const runs: { outlet: string; phrase: string }[] = [];
    for (const article of sourceArticles()) {
      const texts = [String(article.front['headline']), String(article.front['standfirst'] ?? ''), ...articleBlocks(article.body).map((b) => b.text)];
      for (const words of texts.map((t) => t.split(/\s+/))) {
        for (let n = 2; n <= 8; n++) {
          for (let i = 0; i + n <= words.length; i++) {
            // What a reader may quote from here: the words, without the punctuation before the first or after the last.
            const window = words.slice(i, i + n);
            window[0] = window[0]!.replace(/^[^\p{L}\p{N}]+/u, '');
            window[n - 1] = window[n - 1]!.replace(/[^\p{L}\p{N}]+$/u, '');
            const phrase = window.join(' ');
            if (isPlainPhrase(phrase)) runs.push({ outlet: article.outlet, phrase });
          }
        }
      }
    }
    expect(runs.length).toBeGreaterThan(10000);
    const page = await session.open('/search/');
    // A string, so the test runner's transform leaves the browser's import() alone.
    await page.evaluate('import("/pagefind/pagefind.js").then(async (pf) => { await pf.init(); window.pagefindUnderTest = pf; })');
    type Pagefind = { search: (q: string) => Promise<{ results: { id: string; data: () => Promise<{ url: string }> }[] }> };
    const missed = await page.evaluate(async (runs) => {
      const pf = (window as unknown as { pagefindUnderTest: Pagefind }).pagefindUnderTest;
      const urls = new Map<string, string>();
      const out: string[] = [];
      for (const run of runs) {
        let found = false;
        for (const r of (await pf.search(`"${run.phrase.toLowerCase()}"`)).results) {
          const url = urls.get(r.id) ?? (await r.data()).url;
          urls.set(r.id, url);
          if (url.startsWith(`/outlets/${run.outlet}/`)) {
            found = true;
            break;
          }
        }
        if (!found) out.push(`${run.outlet}: ${run.phrase}`);
      }
      return out;
    }, runs);
    expect(missed).toEqual([]);
    // And it is a phrase search: the same words in another order are not found where they do not stand so.
    const reversed = await page.evaluate(async () => {
      const pf = (window as unknown as { pagefindUnderTest: Pagefind }).pagefindUnderTest;
      return (await pf.search('"spring is season every"')).results.length;
    });
    expect(reversed).toBe(0);
  }, 120_000); // some 13,000 phrase lookups

  it('finds a quotation shortened with an ellipsis, each part exact, in the paragraph holding both', async () => {
    const page = await newPage();
    await search(page, '“Every season is spring … Putin said”');
    expect(await resultOutlets(page)).toEqual(['tass']);
    const href = new URL((await page.locator('.hits a').first().getAttribute('href'))!, session.site.url);
    expect(href.hash).toBe(`#${paragraphOf('tass', 'Every season is spring')}`);
    await search(page, '“Every season is spring … Xi said”');
    expect(await resultOutlets(page)).toEqual([]);
  });

  it('matches a straight apostrophe to a curly one, and shows the query as typed', async () => {
    const page = await newPage();
    await search(page, '"Russia\'s position as a leading supplier"');
    expect(await resultOutlets(page)).toEqual(['rt']);
    await expect(page.locator('.hits mark').first().textContent()).resolves.toBe('Russia’s position as a leading supplier');
    await search(page, '“Russia’s position as a leading supplier”');
    expect(await resultOutlets(page)).toEqual(['rt']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      '“Russia’s position as a leading supplier” is in 1 of 5 outlets, 1 paragraph.',
    );
  });

  it('finds phrases with figures and hyphens, and groups by outlet with a count', async () => {
    const page = await newPage();
    await search(page, '"$200 billion"');
    expect((await resultOutlets(page)).sort()).toEqual(['pivot-to-asia', 'rt', 'tass']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('“$200 billion” is in 3 of 5 outlets, 3 paragraphs.');
    await search(page, '“full-scale war”');
    expect(await resultOutlets(page)).toEqual(['kyiv-independent']);
    await expect(page.locator('.outlet-result .flag').textContent()).resolves.toContain('Covers a different call');
  });
});

/** The other outlets' sentences shown under a result as the same statement (once its groups arrived): outlet name, wording, words and link. */
async function sameStatement(page: Page, outlet: string) {
  const result = page.locator('.outlet-result').filter({ has: page.locator(`h2 a[href="/outlets/${outlet}/"]`) });
  await result.locator('.same').first().waitFor();
  return result.locator('.same li:not(.more) a').evaluateAll((as) =>
    as.map((a) => ({
      outlet: a.querySelector('.outlet')?.textContent,
      wording: a.querySelector('.wording')?.textContent,
      text: a.querySelector('blockquote')?.textContent,
      href: a.getAttribute('href'),
    })),
  );
}

interface Aligned {
  events: { groups: { members: { outlet: string; paragraph: string; text: string }[] }[] }[];
}

describe('search that knows statements', () => {
  it('shows TASS’s exact paragraph for “every season is spring”, and Pivot to Asia’s words as the same statement, worded differently', async () => {
    const page = await newPage();
    await search(page, '"every season is spring"');
    // Exact stays exact: Pivot to Asia is not a match, only the same statement.
    expect(await resultOutlets(page)).toEqual(['tass']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('“every season is spring” is in 1 of 5 outlets, 1 paragraph.');
    await expect(page.locator('.same .same-title').first().textContent()).resolves.toBe('Same statement in other outlets');
    const shown = await sameStatement(page, 'tass');
    const quote = 'spring continues throughout the year, no matter the season';
    const pivot = shown.find((s) => s.text?.includes(quote))!;
    expect(pivot).toMatchObject({ outlet: "Russia's Pivot to Asia", wording: '(worded differently)' });
    expect(pivot.href).toBe(`/outlets/pivot-to-asia/#${paragraphOf('pivot-to-asia', quote)}`);
    expect(await page.locator('.same mark').count()).toBe(0);
    await page.locator('.same a', { hasText: quote }).click();
    await page.waitForURL((u) => u.pathname === '/outlets/pivot-to-asia/');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraphOf('pivot-to-asia', quote));
  });

  it.each([
    { outlet: 'rt', quote: 'comprehensive partnership and strategic interaction is exemplary' },
    { outlet: 'tass', quote: 'has consistently surpassed' },
  ])('shows, under $outlet’s “$quote”, every other outlet’s sentence of its group in /data/alignment.json, verbatim', async ({ outlet, quote }) => {
    const page = await newPage();
    const alignment = (await (await fetch(`${session.site.url}/data/alignment.json`)).json()) as Aligned;
    const paragraph = paragraphOf(outlet, quote);
    const group = alignment.events
      .flatMap((e) => e.groups)
      .find((g) => g.members.some((m) => m.outlet === outlet && m.paragraph === paragraph && m.text.includes(quote)))!;
    const others = group.members.filter((m) => m.outlet !== outlet);
    expect(others.length).toBeGreaterThan(0);
    await search(page, `"${quote}"`);
    expect(await resultOutlets(page)).toEqual([outlet]);
    const shown = await sameStatement(page, outlet);
    expect(shown.map((s) => ({ text: s.text, href: s.href }))).toEqual(
      others.map((m) => ({ text: m.text, href: `/outlets/${m.outlet}/#${m.paragraph}` })),
    );
    for (const s of shown) expect(s.wording).toMatch(/^\((same words|worded differently)\)$/);
  });

  it('fetches a result’s groups when it comes near the screen, not before', async () => {
    // A phone's screen: "relations" is in grouped sentences of several outlets, and its results run four screens down.
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/data/statements/')) fetched.push(r.url());
    });
    await search(page, 'relations');
    // The first results' groups, fetched as they are on screen.
    await page.locator('.hits .same').first().waitFor();
    await page.waitForLoadState('networkidle');
    const results = page.locator('.hits > li:not(.more)');
    const last = results.last();
    // Below the screen and the margin the page looks ahead by: no group of the last result fetched, no block shown.
    expect(await last.evaluate((li) => li.getBoundingClientRect().top > innerHeight * 2)).toBe(true);
    expect(await last.locator('.same').count()).toBe(0);
    const before = fetched.length;
    const shownBefore = await page.locator('.hits .same').count();
    expect(before).toBeGreaterThan(0);
    // Scrolled through, every result's groups come, and each result whose match is in a group shows them.
    for (let i = 0; i < (await results.count()); i++) {
      await results.nth(i).scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
    }
    expect(fetched.length).toBeGreaterThan(before);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(await page.locator('.hits .same').count()).toBeGreaterThan(shownBefore);
  });

  it('shows nothing more under a result whose sentence is in no group', async () => {
    const page = await newPage();
    await search(page, '“full-scale war”');
    expect(await resultOutlets(page)).toEqual(['kyiv-independent']);
    expect(await page.locator('.same').count()).toBe(0);
  });
});

describe('the search page', () => {
  it.each([
    { what: 'with a query', q: 'spring' },
    { what: 'without one', q: '' },
  ])('fetches Pagefind’s script and WebAssembly once each, and uses what it preloads, $what', async ({ q }) => {
    const page = await newPage();
    const fetched: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) fetched.push(new URL(r.url()).pathname);
    });
    page.on('console', (m) => {
      // (Playwright says it blocked the service worker, as this test asks.)
      if ((m.type() === 'warning' || m.type() === 'error') && !m.text().includes('blocked by Playwright')) warnings.push(m.text());
    });
    await page.goto(`${session.site.url}/search/${q ? `?q=${q}` : ''}`);
    await page.waitForLoadState('networkidle');
    if (q) expect(await resultOutlets(page)).not.toEqual([]);
    // Ready for the first keystroke even with nothing typed: its entry file, metadata and WebAssembly are in.
    expect(fetched.filter((f) => f === '/pagefind/pagefind.js')).toHaveLength(1);
    expect(fetched.filter((f) => /^\/pagefind\/wasm\.\w+\.pagefind$/.test(f))).toHaveLength(1);
    expect(fetched.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    // Chromium warns about a preload fetched twice for want of a match, or (what a page without a query risks)
    // left unused a few seconds after load.
    if (!q) await page.waitForTimeout(3500);
    expect(warnings).toEqual([]);
  });

  it('narrows by outlet, kind and event from the URL, and the filters show it', async () => {
    const page = await newPage();
    await search(page, 'spring', '&outlet=tass');
    expect(await resultOutlets(page)).toEqual(['tass']);
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe('tass');
    await search(page, 'Putin', '&kind=state-funded+broadcaster');
    expect(await resultOutlets(page)).toEqual(['rt']);
    await search(page, 'Putin', '&event=putin-xi-call-2025-01-21');
    expect(await resultOutlets(page)).toEqual(['kyiv-independent']);
  });

  it('updates as you type, keeps the query in the URL, and the back button returns to the last search', async () => {
    const page = await newPage();
    await page.goto(`${session.site.url}/search/`);
    await settled(page);
    await page.locator('#search-q').pressSequentially('Taiwan', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('“Taiwan”'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Taiwan');
    expect(await resultOutlets(page)).toEqual(['pivot-to-asia']);
    await page.locator('#search-q').fill('Xinhua');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('“Xinhua”'));
    expect(await resultOutlets(page)).toEqual(['rt']);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('“Taiwan”'));
    expect(await page.locator('#search-q').inputValue()).toBe('Taiwan');
  });

  it('shows a loading state while the index loads', async () => {
    const page = await newPage();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${session.site.url}/search/?q=spring`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === 'Searching…');
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('true');
    release();
    await settled(page);
    expect(await resultOutlets(page)).toEqual(['tass', 'pivot-to-asia']);
  });

  it('shows examples when empty and a hint when nothing matches', async () => {
    const page = await newPage();
    await search(page, '');
    await expect(page.locator('#search-results .empty').textContent()).resolves.toContain('Put it in quote marks');
    // The edition's own examples, from its event's YAML, each a link that runs it.
    const examples = await page.locator('#search-results .empty a').allTextContents();
    expect(examples.length).toBeGreaterThan(0);
    expect(examples).toEqual((JSON.parse((await page.locator('#search-data').textContent()) ?? '{}') as { examples: string[] }).examples);
    await search(page, '"spring is every season"');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No article has “spring is every season”.');
    await expect(page.locator('#search-results .none').textContent()).resolves.toContain('try fewer words, or remove the quote marks');
  });

  it('works from the keyboard: / focuses the header search, Enter searches, Tab reaches results', async () => {
    const page = await newPage();
    await page.goto(`${session.site.url}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('“decisive enabler”');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/');
    await settled(page);
    expect(await resultOutlets(page)).toEqual(['kyiv-independent']);
    // From the search box: Search button, three filters, then the outlet link and the paragraph.
    await page.locator('#search-q').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.hits') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/outlets/kyiv-independent/');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraphOf('kyiv-independent', 'decisive enabler'));
  });
});

describe('what the address and the box accept', () => {
  it('drops invisible characters inside a word: the word is searched whole', async () => {
    const page = await newPage();
    await search(page, 'spring');
    const plain = await resultOutlets(page);
    expect(plain.length).toBeGreaterThan(0);
    for (const q of [
      'spr\u200Bing', // zero-width space
      'spr\u200Din\u2060g', // zero-width joiner, word joiner
      'spr\uFEFFing', // byte-order mark
      'spr\u00ADing', // soft hyphen
      '\u2066spring\u2069', // bidirectional isolate
      '\u202Bspr\u200Fing\u202C\u200E', // bidirectional embedding and marks
    ]) {
      await search(page, q);
      expect(await resultOutlets(page), JSON.stringify(q)).toEqual(plain);
      await expect(page.locator('#search-status').textContent(), JSON.stringify(q)).resolves.toMatch(/^“spring” is in /);
    }
  }, 120_000); // seven searches: generous, as CI machines are slower and noisier than this one

  it('ignores a filter value the site does not know, corrects the address in place, and the menus show what is searched', async () => {
    const page = await newPage();
    await search(page, 'spring');
    const plain = await resultOutlets(page);
    const entries = await page.evaluate(() => history.length);
    await search(page, 'spring', '&outlet=no-such-outlet&kind=tass');
    expect(await resultOutlets(page)).toEqual(plain);
    expect(new URL(page.url()).search).toBe('?q=spring');
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe('');
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
    // Corrected, not added: the history has one entry per page visited.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    // A known value beside an unknown one is kept.
    await search(page, 'spring', '&outlet=tass&event=no-such-event');
    expect(await resultOutlets(page)).toEqual(['tass']);
    expect(new URL(page.url()).search).toBe('?q=spring&outlet=tass');
    expect(await page.locator('select[name="outlet"]').inputValue()).toBe('tass');
    expect(await page.locator('select[name="event"]').inputValue()).toBe('');
  }, 90_000); // three searches

  it('limits the search boxes to the length a search is cut to, and says so when a paste is cut', async () => {
    const page = await newPage();
    await page.goto(`${session.site.url}/`);
    expect(await page.locator('#site-search').getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
    await search(page, '');
    expect(await page.locator('#search-q').getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'spring '.repeat(60));
    await page.locator('#search-q').focus();
    await page.keyboard.press('ControlOrMeta+V');
    await settled(page);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('“spring'));
    expect((await page.locator('#search-q').inputValue()).length).toBe(MAX_QUERY_LENGTH);
    await expect(page.locator('#search-notice').textContent()).resolves.toBe(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    expect(await page.locator('#search-notice').isVisible()).toBe(true);
    // The next keystroke is a search of its own, not cut.
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelector('#search-notice')?.hasAttribute('hidden'));
  }, 90_000); // two pages and two searches
});

describe('hostile or odd input', () => {
  const inputs = [
    ['a 10,000-character query', 'spring '.repeat(1500).slice(0, 10_000)],
    ['a script tag', '<script>window.__pwned = 1</script>'],
    ['an image with onerror', '"<img src=x onerror=window.__pwned=1>"'],
    ['regular-expression characters', '.*+?^${}()|[]\\ (spring'],
    ['control characters', 'spr\u0000ing\u0007 \u202E season'],
    ['only quote marks', '"“”„«»'],
  ] as const;

  it.each(inputs)('%s: nothing runs, and the page still searches', async (_, q) => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await search(page, q);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#search-results script, #search-results img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    if (q.length > MAX_QUERY_LENGTH)
      await expect(page.locator('#search-notice').textContent()).resolves.toBe(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    await page.locator('#search-q').fill('"Every season is spring"');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('“Every season is spring”'));
    expect(await resultOutlets(page)).toEqual(['tass']);
  });
});

describe('accessibility of the search page', () => {
  it.each([
    ['empty', ''],
    ['results', 'spring'],
    ['results with the same statement in other outlets', '"every season is spring"'],
    ['no results', '"nothing like this anywhere"'],
    ['cut query', 'x'.repeat(400)],
  ])(
    'has no axe violations when %s, in light and dark',
    async (_, q) => {
      // One search, seen in light and then in dark (switching the colour scheme restyles the page as a load would).
      const page = await newPage({ colorScheme: 'light' });
      await search(page, q);
      expect(await axeViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
    },
    90_000,
  ); // two axe runs: room on a loaded machine (they timed out at 30 s with load average 30)
});

describe('offline', () => {
  it('after one visit, reloads, navigates and searches with the network off, with the same results', async () => {
    const page = await session.page();
    await search(page, '“every season is spring”');
    const online = await resultOutlets(page);
    const onlineHref = await page.locator('.hits a').first().getAttribute('href');
    await serviceWorkerControls(page);
    await page.context().setOffline(true);
    await page.reload();
    await settled(page);
    expect(await resultOutlets(page)).toEqual(online);
    expect(await page.locator('.hits a').first().getAttribute('href')).toBe(onlineHref);
    // The same statement in other outlets, from the precache.
    expect((await sameStatement(page, 'tass')).some((s) => s.text?.includes('spring continues throughout the year'))).toBe(true);
    await page.goto(`${session.site.url}/outlets/rt/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('RT');
    await page.goto(`${session.site.url}/compare/?outlets=tass,rt`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Compare the outlets');
    await search(page, 'Taiwan');
    expect(await resultOutlets(page)).toEqual(['pivot-to-asia']);
  });
});
