/**
 * Editions about another kind of event: tests/fixtures/summit-edition/, a
 * fictional summit, three outlets and three articles (one on a later,
 * extraordinary summit: the newest edition, which /compare/ shows, with one
 * article), built with no code change. Every word the site says
 * about the event comes from the event's YAML: its pages speak of a summit,
 * and nowhere of a call, in the text, the meta tags, the share-card alt text,
 * the JSON-LD or the search page's data. Built once per run with the other
 * fixture site (tests/helpers/fixture-sites.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageAt } from '../helpers/site.ts';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';
import { readerProblems } from '../helpers/reader.ts';

let dist: string;
let pages: Page[];
const page = (route: string) => pageAt(pages, route);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const CALL = /\bcalls?\b/i;

/** All a reader or a machine reading the page gets: text (scripts that run and styles left out), attribute values, JSON data. */
function everythingSaid(p: Page): string[] {
  const $ = p.$;
  const doc = $.root().clone();
  doc.find('style, script:not([type="application/ld+json"]):not([type="application/json"])').remove();
  const attributes = doc
    .find('*')
    .map((_, el) => Object.values((el as { attribs?: Record<string, string> }).attribs ?? {}))
    .get() as string[];
  return [squash(doc.text()), ...attributes];
}

beforeAll(async () => {
  const { summit } = await fixtureSites();
  expect(summit.code, summit.output).toBe(0);
  dist = summit.dist;
  pages = await loadSite(dist);
}, FIXTURE_BUILDS);

describe('an edition about a summit', () => {
  it('builds every page', () => {
    expect(pages.map((p) => p.route).sort()).toEqual([
      '/',
      '/404.html',
      '/compare/',
      // The archive: every edition by year.
      '/editions/',
      '/editions/2030/',
      '/events/lakeshore-summit-2030-05-14/',
      '/events/lakeshore-summit-2030-05-14/read/',
      '/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/',
      '/events/lakeshore-summit-2030-05-14/read/harbour-herald/belmark-wire/',
      // What differs: the three curated statements and one group the aligner made on its own, each on its own page.
      '/events/lakeshore-summit-2030-05-14/statements/belmark-wire-according-to-the-joint-statement-trade/',
      '/events/lakeshore-summit-2030-05-14/statements/end-of-quarrels/',
      '/events/lakeshore-summit-2030-05-14/statements/fair-arrangement/',
      '/events/lakeshore-summit-2030-05-14/statements/lake-knows-no-borders/',
      '/events/lakeshore-summit-2030-09-03/',
      '/offline/',
      '/outlets/belmark-wire/',
      '/outlets/corvale-review/',
      '/outlets/harbour-herald/',
      '/search/',
    ]);
  });

  it('never says "call" on any page: text, meta and Open Graph tags, alt and title text, JSON-LD, search data', () => {
    for (const p of pages) {
      for (const said of everythingSaid(p)) expect(said, p.route).not.toMatch(CALL);
    }
  });

  it('never says "call" in the data exports', async () => {
    const files = (await readdir(path.join(dist, 'data'))).filter((f) => /\.(json|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(await readFile(path.join(dist, 'data', f), 'utf8'), f).not.toMatch(CALL);
  });

  it('speaks of the summit on every page about the event, and in its meta description and share-card alt text', () => {
    // Not the archive's index: it counts editions by year and month, whatever their events.
    for (const p of pages.filter((x) => !['/404.html', '/offline/', '/editions/'].includes(x.route))) {
      expect(squash(p.$('main').text()), p.route).toMatch(/summit/i);
    }
    // The archive's pages describe the archive (a year's editions), not one event.
    for (const p of pages.filter((x) => !['/404.html', '/offline/', '/search/'].includes(x.route) && !x.route.startsWith('/editions/'))) {
      expect(p.$('meta[name="description"]').attr('content'), p.route).toMatch(/summit/i);
    }
    // Each edition counts the outlets that covered its own summit, and no other.
    const may = page('/events/lakeshore-summit-2030-05-14/');
    expect(may.$('meta[property="og:image:alt"]').attr('content')).toBe(
      'How 2 outlets covered the Lakeshore summit, 14 May 2030: Belmark News Wire, The Harbour Herald',
    );
    const ld = JSON.parse(may.$('script[type="application/ld+json"]').text()) as { name: string };
    expect(ld.name).toBe('How 2 outlets covered the Lakeshore summit, 14 May 2030');
    expect(page('/compare/').$('meta[property="og:image:alt"]').attr('content')).toBe(
      'How 1 outlet covered the Extraordinary Lakeshore summit, 3 September 2030: Corvale Review',
    );
    // The later summit is the newest edition: the home page leads with it, with no notice, and lists the earlier one.
    expect(squash(page('/').$('h1').text())).toBe('Extraordinary Lakeshore summit, 3 September 2030');
    expect(page('/').$('.event-notice').length).toBe(0);
    expect(squash(page('/').$('.archive ol').text())).toBe('Lakeshore summit, 14 May 2030 14 May 2030 · 2 outlets');
  });

  it('flags on outlet pages the articles on the earlier summit, the newest edition being the later one', () => {
    const { $ } = page('/outlets/harbour-herald/');
    expect(squash($('.event-notice').text())).toBe(
      'Different summit. This article reports the Lakeshore summit of 14 May 2030, not the one of 3 September 2030. ' +
        'Its figures and statements refer to the earlier one. Its edition: Lakeshore summit, 14 May 2030.',
    );
    expect($('.event-notice a').attr('href')).toBe('/events/lakeshore-summit-2030-05-14/');
    // Its glance is its own edition's: its rows are on that edition's page.
    expect($('.glance a[href^="/events/lakeshore-summit-2030-05-14/#coverage-"]').length).toBeGreaterThan(0);
    expect(page('/outlets/corvale-review/').$('.event-notice').length).toBe(0);
  });

  it('shows the newest edition, a summit with one article, at /compare/: the article, search on it, the nearest summit, its one column', () => {
    const { $ } = page('/compare/');
    expect($('h1').text()).toBe('Extraordinary Lakeshore summit, 3 September 2030');
    expect(squash($('.intro').text())).toContain(
      'One article on this summit so far, so there is nothing to set beside it yet: Corvale Review, “Extraordinary summit sets first limits on Lake Ostra”.',
    );
    expect($('#search-event a').first().attr('href')).toBe('/search/?event=lakeshore-summit-2030-09-03');
    expect(squash($('#nearest li').text())).toBe(
      'Lakeshore summit, 14 May 2030 (2 articles; also a summit; in common: Lakeshore, summit, Lake, Ostra)',
    );
    expect($('#nearest a').attr('href')).toBe('/events/lakeshore-summit-2030-05-14/');
    expect(
      $('#outlets thead th[data-outlet]')
        .map((_, th) => $(th).attr('data-outlet'))
        .get(),
    ).toEqual(['corvale-review']);
    expect($('#what-differs').length).toBe(0);
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/events\/lakeshore-summit-2030-09-03\/$/);
  });

  it('uses the event’s words on the May summit’s edition, which compares its two outlets and no other', () => {
    const { $ } = page('/events/lakeshore-summit-2030-05-14/');
    expect(squash($('#statements .lede').text())).toMatch(/^What was said at the summit, and each outlet's words/);
    expect(squash($('#figures .lede').text())).toContain('any other summit it was reported at.');
    expect(
      $('#outlets thead th[data-outlet]')
        .map((_, th) => $(th).attr('data-outlet'))
        .get(),
    ).toEqual(['belmark-wire', 'harbour-herald']);
    expect($('td[data-outlet="corvale-review"], .flag-mark, td.flagged').length).toBe(0);
    // "What differs" comes first, its grid the two outlets'.
    expect($('.compare > section').first().attr('id')).toBe('what-differs');
    expect(squash($('#statement-end-of-quarrels td[data-outlet="harbour-herald"]').text())).not.toBe('');
    // Each row of the grid has its own page and share card, in the summit's words, with the edition's two outlets.
    expect($('#what-differs tbody tr').length).toBeGreaterThan(0);
    $('#what-differs tbody tr').each((_, tr) => {
      const own = $(tr).find('a.row-link').attr('href')!;
      expect(own).toBe(
        `/events/lakeshore-summit-2030-05-14/statements/${$(tr)
          .attr('id')!
          .replace(/^differs-/, '')}/`,
      );
      const p = page(own);
      expect(
        p
          .$('li[data-outlet]')
          .map((_, li) => p.$(li).attr('data-outlet'))
          .get(),
      ).toEqual(['belmark-wire', 'harbour-herald']);
      expect(p.$('meta[property="og:image"]').attr('content')).toMatch(/\/og\/events\/lakeshore-summit-2030-05-14\/statements\/.+\.png$/);
      expect(p.$('a[href^="/events/lakeshore-summit-2030-05-14/#differs-"]').length).toBe(1);
    });
  });

  it('offers the newest examples an event gives (the later summit gives none), and flags the earlier summit’s outlets in results', () => {
    const { $ } = page('/search/');
    expect($('#search-tips kbd').text()).toBe('"shared waters"');
    const data = JSON.parse($('#search-data').text()) as { examples: string[]; outlets: Record<string, { flag: string }> };
    expect(data.examples).toEqual(['"shared waters"', 'tariffs', '"$4.2 billion"']);
    expect(data.outlets['harbour-herald']?.flag).toBe('Covers a different summit: Lakeshore summit, 14 May 2030.');
    expect(data.outlets['corvale-review']?.flag).toBe('');
  });

  it('gets reader pages for the two outlets on the summit, each sentence once, in the summit’s words, and none for the later summit’s one outlet', () => {
    expect(readerProblems(pages)).toEqual([]);
    const { $ } = page('/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/');
    expect($('.intro .kicker').text()).toBe('Lakeshore summit, 14 May 2030');
    expect($('meta[name="description"]').attr('content')).toContain('on the Lakeshore summit, 14 May 2030');
    expect($('.reader .row').length).toBeGreaterThan(0);
    expect(pages.some((p) => p.route.startsWith('/events/lakeshore-summit-2030-09-03/read/'))).toBe(false);
    expect(page('/outlets/belmark-wire/').$('.read-beside a').attr('href')).toBe(
      '/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/',
    );
    expect(page('/outlets/corvale-review/').$('.read-beside').length).toBe(0);
  });
});
