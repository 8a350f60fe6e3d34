/**
 * The two-outlet reader's prerendered pages in dist/: one per ordered pair of
 * outlets on each event, every sentence of both articles once, rows with
 * stable ids and links that land, their own title and description, and the
 * ways in (the picker on /compare/, "Read beside" on outlet pages).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { readerProblems, readerPages, sentenceText } from '../helpers/reader.ts';
import { dist, pageAt, sourceArticles } from '../helpers/site.ts';

let pages: Page[];
const page = (route: string) => pageAt(pages, route);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  pages = await loadSite(dist);
});

/** Outlets per event, from the content as written. */
function outletsByEvent(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const a of sourceArticles()) map.set(a.event, [...new Set([...(map.get(a.event) ?? []), a.outlet])]);
  return map;
}

describe('reader pages', () => {
  it('are built for every ordered pair of outlets on each event two or more outlets cover, with an index per event', () => {
    const expected: string[] = [];
    for (const [event, outlets] of outletsByEvent()) {
      if (outlets.length < 2) continue;
      expected.push(`/events/${event}/read/`);
      for (const a of outlets) for (const b of outlets) if (a !== b) expected.push(`/events/${event}/read/${a}/${b}/`);
    }
    expect(expected.length).toBeGreaterThan(1);
    expect(
      pages
        .map((p) => p.route)
        // Only the reader's: /events/<event>/statements/<row>/ are What differs rows (share-rows.test.ts).
        .filter((r) => /^\/events\/[^/]+\/read\//.test(r))
        .sort(),
    ).toEqual(expected.sort());
  });

  it('show every sentence of both articles exactly once, with unique ids from their paragraphs and links that land', () => {
    expect(readerPages(pages).length).toBeGreaterThan(0);
    expect(readerProblems(pages)).toEqual([]);
  });

  it('have their own title, description and Open Graph tags, naming both outlets and the event', () => {
    const titles = new Set<string>();
    for (const p of readerPages(pages)) {
      const title = p.$('head > title').text();
      titles.add(title);
      const [a, b] = p
        .$('.reader .heads .h')
        .map((_, h) => p.$(h).text())
        .get() as [string, string];
      expect(title, p.route).toContain(a);
      expect(p.$('h1').text(), p.route).toBe(`${a} and ${b}, sentence by sentence`);
      const description = p.$('meta[name="description"]').attr('content')!;
      expect(description, p.route).toContain(`${a} and ${b} on the ${p.$('.intro .kicker').text()}`);
      expect(p.$('meta[property="og:description"]').attr('content')).toBe(description);
      expect(p.$('meta[property="og:image"]').attr('content')).toMatch(/\/og\/.+\.png$/);
    }
    expect(titles.size).toBe(readerPages(pages).length);
  });

  it('name each paragraph link starting with what it shows (label in name), then whose paragraph it is', () => {
    const links = readerPages(pages).flatMap((p) =>
      p
        .$('a.p')
        .get()
        .map((a) => p.$(a)),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const shown = a.text().trim();
      expect(shown).toMatch(/^(¶\d+|standfirst)$/);
      expect(a.attr('aria-label')!.startsWith(`${shown}: `), a.attr('aria-label')).toBe(true);
    }
  });

  it('link each page to the same pair in the other outlet’s order', () => {
    for (const p of readerPages(pages)) {
      const [, event, a, b] = /^\/events\/([^/]+)\/read\/([^/]+)\/([^/]+)\/$/.exec(p.route)!;
      expect(p.$(`.intro a[href="/events/${event}/read/${b}/${a}/"]`).length, p.route).toBe(1);
    }
  });

  it('line up TASS’s and RT’s "exemplary" sentences and their trade sentences, with the words that differ marked', () => {
    const { $ } = page('/events/putin-xi-call-2026-02-04/read/tass/rt/');
    const pair = (pattern: RegExp) =>
      $('.reader .row.pair')
        .filter((_, r) => pattern.test(sentenceText(page('/events/putin-xi-call-2026-02-04/read/tass/rt/'), $(r).find('.c.a .s').get(0)!)))
        .first();
    const exemplary = pair(/comprehensive partnership and strategic cooperation are exemplary/);
    expect(squash(exemplary.find('.c.b .s').text())).toContain(
      '“The Russian-Chinese comprehensive partnership and strategic interaction is exemplary,”',
    );
    expect(
      exemplary
        .find('.c.a mark')
        .map((_, m) => $(m).text())
        .get(),
    ).toContain('cooperation are');
    expect(
      exemplary
        .find('.c.b mark')
        .map((_, m) => $(m).text())
        .get(),
    ).toContain('interaction is');
    expect(exemplary.find('.c.b mark').text()).not.toContain('exemplary');
    const trade = pair(/surpassed the \$200 billion mark/);
    expect(trade.find('.c.b .s').text()).toContain('exceeding $200 billion annually');
    expect(trade.find('.c.a mark').length).toBeGreaterThan(0);
    expect(trade.find('.c.b mark').length).toBeGreaterThan(0);
    expect(trade.find('.c.a .p').attr('href')).toBe('/outlets/tass/#russian-chinese-trade-turnover-even-with-minor');
  });

  it('label the sentences only one outlet has "Only in <outlet>"', () => {
    const { $ } = page('/events/putin-xi-call-2026-02-04/read/tass/rt/');
    for (const [side, name] of [
      ['a', 'TASS'],
      ['b', 'RT'],
    ]) {
      const rows = $(`.reader .row.only[data-side="${side}"]`);
      expect(rows.length).toBeGreaterThan(0);
      rows.each((_, r) => void expect($(r).find('.tag').text()).toBe(`Only in ${name}`));
    }
    const rt = $('.reader .row.only[data-side="b"] .s')
      .map((_, s) => squash($(s).text()))
      .get();
    expect(rt.some((s) => s.includes('99.1% of trade between Moscow and Beijing'))).toBe(true);
  });
});

describe('ways in', () => {
  it('on /compare/: a GET form to the event’s pairs, whose every outlet is an option', () => {
    const { $ } = page('/compare/');
    const form = $('.reader-picker form');
    expect(form.attr('method')).toBe('get');
    const action = form.attr('action')!;
    expect(pages.some((p) => p.route === action)).toBe(true);
    for (const name of ['a', 'b']) expect(form.find(`select[name="${name}"] option`).length).toBe(4);
    const paths = Object.values(JSON.parse(form.attr('data-pairs')!) as Record<string, string>);
    for (const path of paths)
      expect(
        pages.some((p) => p.route === path),
        path,
      ).toBe(true);
  });

  it('on each outlet page: "Read beside" links to its pairs, in its order', () => {
    const { $ } = page('/outlets/tass/');
    const links = $('.read-beside a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(['devdiscourse', 'pivot-to-asia', 'rt'].map((b) => `/events/putin-xi-call-2026-02-04/read/tass/${b}/`).sort());
  });
});
