/**
 * An edition about another kind of event: tests/fixtures/summit-edition/, a
 * fictional summit, three outlets and three articles (one on a later,
 * extraordinary summit), built with no code change. Every word the site says
 * about the event comes from the event's YAML: its pages speak of a summit,
 * and nowhere of a call, in the text, the meta tags, the share-card alt text,
 * the JSON-LD or the search page's data. Built once per run with the other
 * fixture site (tests/helpers/fixture-sites.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { FIXTURE_BUILDS, fixtureSites } from '../helpers/fixture-sites.ts';
import { readerProblems } from '../helpers/reader.ts';

let dist: string;
let pages: Page[];
const page = (route: string) => {
  const found = pages.find((p) => p.route === route);
  if (!found) throw new Error(`no page ${route}`);
  return found;
};
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
      '/events/lakeshore-summit-2030-05-14/read/',
      '/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/',
      '/events/lakeshore-summit-2030-05-14/read/harbour-herald/belmark-wire/',
      // What differs: the three curated statements and one group the aligner made on its own, each on its own page.
      '/events/lakeshore-summit-2030-05-14/statements/belmark-wire-according-to-the-joint-statement-trade/',
      '/events/lakeshore-summit-2030-05-14/statements/end-of-quarrels/',
      '/events/lakeshore-summit-2030-05-14/statements/fair-arrangement/',
      '/events/lakeshore-summit-2030-05-14/statements/lake-knows-no-borders/',
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
    for (const p of pages.filter((x) => !['/404.html', '/offline/'].includes(x.route))) {
      expect(squash(p.$('main').text()), p.route).toMatch(/summit/i);
    }
    for (const p of pages.filter((x) => !['/404.html', '/offline/', '/search/'].includes(x.route))) {
      expect(p.$('meta[name="description"]').attr('content'), p.route).toMatch(/summit/i);
    }
    expect(page('/compare/').$('meta[property="og:image:alt"]').attr('content')).toContain('covered the Lakeshore summit, 14 May 2030');
    const ld = JSON.parse(page('/compare/').$('script[type="application/ld+json"]').text()) as { name: string };
    // Two outlets report this summit and one the later one: the count says so, from the events' dates.
    expect(ld.name).toBe('How outlets covered the Lakeshore summit, 14 May 2030: 2 outlets on this summit, 1 on the summit of 3 September 2030');
  });

  it('flags the article on the later summit as such, saying it is the later one', () => {
    const { $ } = page('/outlets/corvale-review/');
    expect(squash($('.event-notice').text())).toBe(
      'Different summit. This article reports the Extraordinary Lakeshore summit of 3 September 2030, not the one of 14 May 2030. ' +
        'It was captured alongside coverage of the earlier summit; its figures and statements refer to the later one.',
    );
    expect(squash($('.glance').text())).toContain('This article covers a different summit; its topics and words are those of its own report.');
    expect(squash($('.glance').text())).toContain('The compared statements are from the other summit.');
    expect(squash(page('/').$('.event-notice').text())).toBe('Different summit. Covers the Extraordinary Lakeshore summit of 3 September 2030.');
  });

  it('uses the event’s words on /compare/', () => {
    const { $ } = page('/compare/');
    expect(squash($('#statements .lede').text())).toMatch(/^What was said at the summit, and each outlet's words/);
    expect(squash($('#figures .lede').text())).toContain('any other summit it was reported at.');
    expect(squash($('#outlets td[data-outlet="corvale-review"].flagged').text())).toBe(
      'Different summit: Extraordinary Lakeshore summit, 3 September 2030. Its figures and statements are not about the 14 May 2030 summit.',
    );
    expect(squash($('#statement-end-of-quarrels td[data-outlet="corvale-review"]').text())).toBe('Covers a different summit');
    // "What differs" comes first, its grid in the summit's words for the article on the later summit.
    expect($('.compare > section').first().attr('id')).toBe('what-differs');
    expect(squash($('#what-differs tbody tr').first().find('td[data-outlet="corvale-review"]').text())).toBe('Covers a different summit');
    // Each row of the grid has its own page and share card, in the summit's words.
    $('#what-differs tbody tr').each((_, tr) => {
      const own = $(tr).find('a.row-link').attr('href')!;
      expect(own).toBe(
        `/events/lakeshore-summit-2030-05-14/statements/${$(tr)
          .attr('id')!
          .replace(/^differs-/, '')}/`,
      );
      const p = page(own);
      expect(squash(p.$('li[data-outlet="corvale-review"] > p').text())).toBe('Covers a different summit');
      expect(p.$('meta[property="og:image"]').attr('content')).toMatch(/\/og\/events\/lakeshore-summit-2030-05-14\/statements\/.+\.png$/);
    });
    expect($('#statements th[data-outlet="corvale-review"] .flag-mark').attr('title')).toBe('Covers a different summit');
    const lanes = $('#topics .lane[data-outlet="corvale-review"] h4');
    expect(lanes.length).toBe(3);
    lanes.each((_, h) => void expect(squash($(h).text())).toBe('Corvale Review (different summit)'));
    expect(squash($('#coverage .note').text())).toBe('* Covers a different summit, so its topics reflect that summit.');
  });

  it('offers the event’s own search examples, and flags the other summit’s outlet in results', () => {
    const { $ } = page('/search/');
    expect($('#search-tips kbd').text()).toBe('"shared waters"');
    const data = JSON.parse($('#search-data').text()) as { examples: string[]; outlets: Record<string, { flag: string }> };
    expect(data.examples).toEqual(['"shared waters"', 'tariffs', '"$4.2 billion"']);
    expect(data.outlets['corvale-review']?.flag).toBe('Covers a different summit: Extraordinary Lakeshore summit, 3 September 2030.');
    expect(data.outlets['harbour-herald']?.flag).toBe('');
  });

  it('gets reader pages for the two outlets on the summit, each sentence once, in the summit’s words, and none for the later summit’s one outlet', () => {
    expect(readerProblems(pages)).toEqual([]);
    const { $ } = page('/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/');
    expect($('.intro .kicker').text()).toBe('Lakeshore summit, 14 May 2030');
    expect($('meta[name="description"]').attr('content')).toContain('on the Lakeshore summit, 14 May 2030');
    expect($('.reader .row').length).toBeGreaterThan(0);
    expect(pages.some((p) => p.route.startsWith('/events/lakeshore-summit-2030-09-03/'))).toBe(false);
    expect(page('/outlets/belmark-wire/').$('.read-beside a').attr('href')).toBe(
      '/events/lakeshore-summit-2030-05-14/read/belmark-wire/harbour-herald/',
    );
    expect(page('/outlets/corvale-review/').$('.read-beside').length).toBe(0);
  });
});
