/**
 * A sixth outlet dropped into a copy of content/ (a YAML file and a Markdown
 * file, no code) appears on every page, in every section of /compare/ and in
 * the data. The copy also holds two outlets in other scripts
 * (./other-scripts.test.ts): one build for both (tests/helpers/fixture-sites.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { startSession } from '../helpers/browser.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';
import { readerProblems } from '../helpers/reader.ts';

let dist: string;
let pages: Page[];
const page = (route: string) => pages.find((p) => p.route === route)!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const { newOutlets } = await fixtureSites();
  expect(newOutlets.code, newOutlets.output).toBe(0);
  dist = newOutlets.dist;
  pages = await loadSite(dist);
}, FIXTURE_BUILDS);

describe('a sixth outlet', () => {
  it('gets its own page with its article', () => {
    const { $ } = page('/outlets/example-wire/');
    expect($('h1').text()).toBe('Example Wire');
    expect($('.article-body [data-block]').length).toBe(4);
  });

  it('gives its article on another event a page of its own, linked from the outlet page, with ids that may repeat the other article’s', () => {
    const { $ } = page('/outlets/example-wire/example-wire-2025/');
    expect($('.headline').text()).toBe('Leaders hold a call after the inauguration');
    expect($('h1 a').attr('href')).toBe('/outlets/example-wire/');
    expect($('#russia-consistently-ranks-first-in-energy').length).toBe(1);
    expect(page('/outlets/example-wire/').$('#russia-consistently-ranks-first-in-energy').length).toBe(1);
    expect(page('/outlets/example-wire/').$('.others a[href="/outlets/example-wire/example-wire-2025/"]').length).toBe(1);
  });

  it('puts its article on the 2025 call in that edition beside the Kyiv Independent’s, every link into it on that article’s own page', () => {
    const { $ } = page('/events/putin-xi-call-2025-01-21/');
    expect(
      $('#outlets thead th[data-outlet]')
        .map((_, th) => $(th).attr('data-outlet'))
        .get(),
    ).toEqual(['example-wire', 'kyiv-independent']);
    expect($('#outlets thead th[data-outlet="example-wire"] a').attr('href')).toBe('/outlets/example-wire/example-wire-2025/');
    const links = $('td[data-outlet="example-wire"] a[href*="#"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/outlets\/example-wire\/example-wire-2025\/#/);
    // Two outlets: a full comparison, What differs first.
    expect($('.compare > section').first().attr('id')).toBe('what-differs');
    // The 2026 edition names both as its earlier coverage.
    expect(squash(page('/compare/').$('.intro .earlier').text())).toBe(
      'Earlier coverage: Putin–Xi video call, 21 January 2025 (Example Wire, The Kyiv Independent).',
    );
  });

  it('appears on the home page and the 404 page', () => {
    expect(
      page('/')
        .$('.card h3')
        .map((_, h) => page('/').$(h).text())
        .get(),
    ).toContain('Example Wire');
    expect(page('/404.html').$('a[href="/outlets/example-wire/"]').length).toBe(1);
  });

  it('has a column in every table of /compare/ and a lane in every topic', () => {
    const { $ } = page('/compare/');
    $('table').each((_, t) => void expect($(t).find('thead th[data-outlet="example-wire"]').length).toBe(1));
    expect($('#topics .lane[data-outlet="example-wire"]').length).toBe($('#topics .topic').length);
    expect($('outlet-picker input[value="example-wire"]').length).toBe(1);
  });

  it('is analysed like the others: topics, statements, figures, word choice, sources, shared wording', () => {
    const { $ } = page('/compare/');
    const cell = (row: string) => $(`${row} td[data-outlet="example-wire"]`);
    expect(cell('#coverage-taiwan').find('a').attr('href')).toBe('/outlets/example-wire/#trade-between-the-two-countries-stayed');
    expect(cell('#statement-trade-above-200bn').text()).toBe('Not reported');
    // "stayed above $210 billion": the qualifier is kept, and read as a lower bound.
    expect(cell('#figures-trade-total').find('strong').text()).toBe('above $210 billion');
    expect(cell('#figures-trade-total').find('.context').text()).toContain('a lower bound');
    // The count, then the words as the outlet printed them, attributed to it.
    for (const row of ['#word-ukraine-war-conflict', '#source-xinhua', '#source-agencies']) {
      expect(cell(row).children('a').first().text()).toBe('1×');
      expect(cell(row).find('.words[data-outlet="example-wire"]').text()).toMatch(/^“[^”]+” ×1$/);
    }
    expect($('#shared-wording li[data-outlet-pair="example-wire tass"] q').text()).toBe(
      'Russia consistently ranks first in energy supplies to China',
    );
  });

  it('has a What differs cell in every row, said from the aligner’s groups, not from the curated statements', async () => {
    const { $ } = page('/compare/');
    const alignment = JSON.parse(await readFile(path.join(dist, 'data/alignment.json'), 'utf8')) as {
      events: { event: string; groups: { id: string; members: { outlet: string; article: string; paragraph: string }[] }[] }[];
    };
    const groups = alignment.events.find((e) => e.event === 'putin-xi-call-2026-02-04')!.groups;
    expect(groups.length).toBeGreaterThan(5);
    // The new outlets (one in English, two in other scripts) beside two of the first five: a cell is Reported or Own
    // framing, linked to the outlet's sentence, exactly where the group holds one of its article's sentences.
    let reported = 0;
    for (const g of groups)
      for (const outlet of ['example-wire', 'example-zh', 'example-ru', 'tass', 'rt']) {
        const cell = $(`#differs-${g.id} td[data-outlet="${outlet}"]`);
        const member = g.members.find((m) => m.outlet === outlet && m.article === outlet);
        if (member) {
          reported++;
          expect(cell.text().trim(), `${g.id} ${outlet}`).toMatch(/^(Reported|Own framing)$/);
          expect(cell.find('a').attr('href')).toBe(`/outlets/${outlet}/#${member.paragraph}`);
        } else expect(cell.text().trim(), `${g.id} ${outlet}`).toBe('No matching sentence found');
      }
    expect(reported).toBeGreaterThan(5);
    // Past the prerender bound, the note for readers without JavaScript links the event's reader index.
    expect($('noscript').text()).toContain('href="/events/putin-xi-call-2026-02-04/read/"');
  });

  it('is in the JSON and CSV exports', async () => {
    const json = JSON.parse(await readFile(path.join(dist, 'data/comparison.json'), 'utf8'));
    expect(json.outlets.map((o: { id: string }) => o.id)).toContain('example-wire');
    for (const row of json.coverage) expect(Object.keys(row.outlets)).toContain('example-wire');
    expect(await readFile(path.join(dist, 'data/coverage.csv'), 'utf8')).toMatch(/^taiwan,example-wire,[a-z0-9-]+,1,/m);
  });

  it('is found by search, with its paragraph, and offered as a filter', async () => {
    const session = await startSession(dist);
    try {
      const page = await session.open('/search/?q=%22stayed%20above%20%24210%20billion%22');
      await page.waitForFunction(() => /is in 1 of 8 outlets/.test(document.querySelector('#search-status')?.textContent ?? ''));
      const link = page.locator('.outlet-result .hits a').first();
      expect(await link.getAttribute('href')).toMatch(/^\/outlets\/example-wire\/\?highlight=[^#]+#trade-between-the-two-countries-stayed$/);
      expect(await page.locator('select[name="outlet"] option[value="example-wire"]').textContent()).toBe('Example Wire');
    } finally {
      await session.close();
    }
  });

  it('gets reader pages on an event within the prerender bound, and the any-pair reader on one past it', async () => {
    // With the sixth outlet and the two in other scripts, the 2026 call has 7 outlets: past the bound of 6 (src/lib/reader/pairs.ts).
    const main = 'putin-xi-call-2026-02-04';
    expect(pages.some((p) => p.route.startsWith(`/events/${main}/read/`) && p.route !== `/events/${main}/read/`)).toBe(false);
    const index = page(`/events/${main}/read/`);
    expect(index.$('script[src^="/scripts/reader-any.js"]').length).toBe(1);
    const data = JSON.parse(await readFile(path.join(dist, `data/reader/${main}.json`), 'utf8')) as { outlets: { id: string }[] };
    expect(data.outlets.map((o) => o.id)).toEqual(expect.arrayContaining(['example-wire', 'tass', 'rt', 'pivot-to-asia', 'devdiscourse']));
    // The 2025 call, two outlets: both orders prerendered, each sentence once.
    expect(page('/events/putin-xi-call-2025-01-21/read/example-wire/kyiv-independent/').$('.reader .c.a .s').length).toBe(2);
    expect(page('/events/putin-xi-call-2025-01-21/read/kyiv-independent/example-wire/').$('.reader .row').length).toBeGreaterThan(0);
    expect(readerProblems(pages)).toEqual([]);
  });

  it('links its outlet page and its other article’s page to their reader pages', () => {
    const links = (route: string) =>
      page(route)
        .$('.read-beside a')
        .map((_, a) => page(route).$(a).attr('href'))
        .get()
        .sort();
    // Past the bound, the links open the event's reader with the pair in its address.
    expect(links('/outlets/example-wire/')).toEqual(
      ['devdiscourse', 'example-ru', 'example-zh', 'kyiv-independent', 'pivot-to-asia', 'rt', 'tass']
        .filter((b) => b !== 'kyiv-independent')
        .map((b) => `/events/putin-xi-call-2026-02-04/read/?a=example-wire&b=${b}`)
        .sort(),
    );
    expect(links('/outlets/example-wire/example-wire-2025/')).toEqual(['/events/putin-xi-call-2025-01-21/read/example-wire/kyiv-independent/']);
  });
});
