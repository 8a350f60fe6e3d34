/**
 * The archive of editions (src/lib/archive.ts) on a corpus of thousands of events, joined by the real corpus
 * module from the fixture corpus's outlets and one article's text: what the home page and the year pages list, in
 * what order, with what counts; and, rendered by Astro's container, that the home page does not grow with the
 * number of editions and that a year's page stays within the first round trip's budget.
 */
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import HomePage from '../../src/components/HomePage.astro';
import YearPage from '../../src/pages/editions/[year].astro';
import { archiveYears, around, HOME_EDITIONS, homeArchive, NEARBY_ARTICLES } from '../../src/lib/archive.ts';
import { STANDFIRST_ID } from '../../src/lib/blocks.ts';
import { joinCorpus, type Corpus, type CorpusEntries } from '../../src/lib/corpus/index.ts';
import { fixtureCorpus, readEntries } from '../helpers/corpus.ts';

const DAY = 86_400_000;
const NEWEST = Date.UTC(2026, 1, 4);
/** Outlets on event i: 1, 2 or 3 of the fixture's three, so counts differ from one edition to the next. */
const outletsOn = (i: number) => (i % 3) + 1;

/** `events` events, one a day back from 4 February 2026, each covered by outletsOn(i) outlets. */
function manyEditions(events: number): Corpus {
  const base: CorpusEntries = readEntries(fixtureCorpus);
  const template = base.articles[0]!;
  // The body's blocks, parsed once (the join adds the standfirst's block to each article itself).
  const blocks = joinCorpus(readEntries(fixtureCorpus))
    .articles.find((a) => a.id === template.id)!
    .blocks.filter((b) => b.id !== STANDFIRST_ID);
  const outlets = base.outlets.map((o) => o.id);
  const entries: CorpusEntries = { outlets: base.outlets, events: [], articles: [] };
  for (let i = 0; i < events; i++) {
    const date = new Date(NEWEST - i * DAY);
    const iso = date.toISOString().slice(0, 10);
    const id = `event-${String(i).padStart(5, '0')}`;
    entries.events.push({
      id,
      file: `content/events/${id}.yaml`,
      data: { ...base.events[0]!.data, title: `Event ${i}`, date: { date, iso, hasTime: false } },
    });
    for (const outlet of outlets.slice(0, outletsOn(i))) {
      entries.articles.push({
        ...template,
        id: `${outlet}-${id}`,
        file: `content/articles/${outlet}-${id}.md`,
        data: { ...template.data, outlet, event: id, published: { date, iso, hasTime: false } },
        blocks,
      });
    }
  }
  return joinCorpus(entries);
}

const gz = (html: string) => gzipSync(html, { level: 9 }).length;
/** The budget of tests/build/budgets.test.ts: what TCP's first round trip carries. */
const FIRST_ROUND_TRIP = 14 * 1024;
/** Gzip bytes the build adds to an archive page beyond what the container renders (measured, rounded up). */
const BUILD_INLINES = 4.5 * 1024;
const EVENTS = 3000;
let corpus: Corpus;
let container: AstroContainer;
beforeAll(async () => {
  corpus = manyEditions(EVENTS);
  container = await AstroContainer.create({ astroConfig: { site: 'https://parallax.example' } });
});

describe('the home page’s share of the archive', () => {
  it('is the newest edition, then the next HOME_EDITIONS newest first with their outlet counts, then the years', () => {
    const home = homeArchive(corpus.editions);
    expect(home.newest.edition.event.id).toBe('event-00000');
    expect(home.newest.outlets).toBe(1);
    expect(home.recent.map((e) => [e.edition.event.title, e.outlets])).toEqual(
      Array.from({ length: HOME_EDITIONS }, (_, k) => [`Event ${k + 1}`, outletsOn(k + 1)]),
    );
    expect(home.more).toBe(EVENTS - 1 - HOME_EDITIONS);
    // 3,000 days back from 4 February 2026 reach 2017.
    expect(home.years.map((y) => y.year)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017']);
    expect(home.years.reduce((n, y) => n + y.count, 0)).toBe(EVENTS);
    expect(home.years[0]).toEqual({ year: '2026', count: 35 });
  });

  it('counts outlets, not articles, and has nothing more to list for a corpus of one edition', () => {
    const one = homeArchive(corpus.editions.slice(0, 1));
    expect([one.recent, one.more, one.years]).toEqual([[], 0, [{ year: '2026', count: 1 }]]);
    const twice = { ...corpus.editions[2]!, articles: [...corpus.editions[2]!.articles, corpus.editions[2]!.articles[0]!] };
    expect(homeArchive([twice]).newest.outlets).toBe(3);
    expect(() => homeArchive([])).toThrow(/no edition/);
  });
});

describe('the year pages', () => {
  const flat = () => archiveYears(corpus.editions).flatMap((y) => y.months.flatMap((m) => m.entries.map((e) => e.edition)));

  it('hold every edition once, by year and month, newest first, each in the month of its date', () => {
    expect(flat()).toEqual(corpus.editions);
    for (const year of archiveYears(corpus.editions)) {
      expect(year.count).toBe(year.months.reduce((n, m) => n + m.entries.length, 0));
      for (const month of year.months) {
        expect(month.key.slice(0, 4)).toBe(year.year);
        for (const { edition } of month.entries) expect(edition.event.date.iso.startsWith(month.key), edition.event.id).toBe(true);
      }
    }
    expect(archiveYears(corpus.editions)[0]!.months.map((m) => [m.key, m.label, m.entries.length])).toEqual([
      ['2026-02', 'February 2026', 4],
      ['2026-01', 'January 2026', 31],
    ]);
  });

  it('files an event by the day as written, whatever its offset from UTC', () => {
    const edition = corpus.editions[0]!;
    const late = {
      ...edition,
      event: { ...edition.event, date: { date: new Date('2026-02-28T22:30:00Z'), iso: '2026-03-01T00:30:00+02:00', hasTime: true } },
    };
    expect(archiveYears([late]).map((y) => y.months.map((m) => m.key))).toEqual([['2026-03']]);
  });
});

describe('page weight at thousands of editions', () => {
  it('keeps the home page the same size whatever the number of editions: it grows only by a link a year', async () => {
    const render = (n: number) =>
      container.renderToString(HomePage, { props: { editions: corpus.editions.slice(0, n), modified: '2026-02-05T00:00:00.000Z' } });
    const few = await render(HOME_EDITIONS + 1);
    const all = await render(EVENTS);
    const $ = cheerio.load(all);
    expect($('h1').text()).toBe('Event 0');
    expect($('.intro a.button').text()).toBe('Read the edition');
    expect($('.intro').text()).toContain('1 outlet covered it.');
    expect($('.cards .card')).toHaveLength(1);
    expect($('.archive ol li')).toHaveLength(HOME_EDITIONS);
    expect($('.archive ol li a').first().attr('href')).toBe('/events/event-00001/');
    expect($('.archive ol li').first().text().replace(/\s+/g, ' ')).toBe('Event 1 3 Feb 2026 · 2 outlets');
    expect($('nav[aria-label="Editions by year"] a[href^="/editions/"]')).toHaveLength(11);
    // 3,000 editions against 11: the years' links and the count of the rest (measured: 2,554 and 2,650 B).
    expect(gz(all) - gz(few)).toBeLessThan(300);
  });

  it('keeps a year of one edition a day under 14 KB of gzip with the page around it', async () => {
    const year = archiveYears(corpus.editions)[1]!;
    expect(year).toMatchObject({ year: '2025', count: 365 });
    const html = await container.renderToString(YearPage, { props: { year, newer: '2026', older: '2024' }, partial: false });
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe('Editions of 2025');
    expect(
      $('section[id^="month-2025-"]')
        .map((_, s) => $(s).attr('id'))
        .get(),
    ).toEqual(Array.from({ length: 12 }, (_, k) => `month-2025-${String(12 - k).padStart(2, '0')}`));
    expect($('section li')).toHaveLength(365);
    // The container leaves out what the build inlines (styles, the site's script): 4,270 B of gzip on the built
    // /editions/2026/ of one edition, measured against the same page here. 365 editions: 6,549 B here.
    expect(gz(html) + BUILD_INLINES).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  });
});

describe('the articles an article page lists around its own', () => {
  it('is the whole list while it is no longer than NEARBY_ARTICLES', () => {
    for (let length = 1; length <= NEARBY_ARTICLES; length++)
      for (let i = 0; i < length; i++) expect(around(length, i)).toEqual({ start: 0, end: length });
  });

  it("is NEARBY_ARTICLES in a row holding the page's own, as many before it as after where the list allows", () => {
    for (const length of [NEARBY_ARTICLES + 1, 12, 100, 5000]) {
      for (let i = 0; i < length; i++) {
        const { start, end } = around(length, i);
        expect(end - start).toBe(NEARBY_ARTICLES);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(length);
        expect(i).toBeGreaterThanOrEqual(start);
        expect(i).toBeLessThan(end);
        const before = i - start;
        const after = end - 1 - i;
        // Centred, except at either end of the list, where the window stops at the edge.
        if (start > 0 && end < length) expect(Math.abs(before - after)).toBeLessThanOrEqual(1);
        else if (start === 0) expect(before).toBeLessThanOrEqual(after);
        else expect(after).toBeLessThanOrEqual(before);
      }
    }
  });
});
