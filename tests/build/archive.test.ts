/**
 * The archive on the built site, against the content as written: the home page is the newest edition and lists
 * the ones before it, /editions/ and its year pages hold every edition once, newest first, with its outlet count,
 * and each outlet page lists all the outlet's articles, newest first, each with its edition (here every page of an
 * outlet does: an article page lists the NEARBY_ARTICLES around its own, and no outlet has more; the scale test's
 * outlets of eight articles show the window).
 * (tests/unit/archive.test.ts covers thousands of editions without a build.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { HOME_EDITIONS } from '../../src/lib/archive.ts';
import { contentDir, dist, outletIds, pageAt, sourceArticles } from '../helpers/site.ts';

let pages: Page[];
const page = (route: string) => pageAt(pages, route);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  pages = await loadSite(dist);
});

const articles = sourceArticles();
const events = new Map(
  readdirSync(path.join(contentDir, 'events'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const data = parse(readFileSync(path.join(contentDir, 'events', f), 'utf8')) as { title: string; date: unknown };
      const iso = data.date instanceof Date ? data.date.toISOString() : String(data.date);
      return [f.replace(/\.ya?ml$/, ''), { title: data.title, iso, time: new Date(iso).getTime() }] as const;
    }),
);
const count = (id: string) => new Set(articles.filter((a) => a.event === id).map((a) => a.outlet)).size;
/** Covered events, newest first; of two on one day, the one with more articles, then by id. */
const editions = [...events.keys()]
  .filter((id) => count(id) > 0)
  .sort((a, b) => events.get(b)!.time - events.get(a)!.time || count(b) - count(a) || a.localeCompare(b));
const outlets = (n: number) => `${n} outlet${n === 1 ? '' : 's'}`;
/** An edition as a list shows it: its title, then its date and outlet count. */
const listed = ($: Page['$'], li: Parameters<Page['$']>[0]) => ({
  href: $(li).find('a').first().attr('href'),
  title: $(li).find('a').first().text(),
  date: $(li).find('time').attr('datetime'),
  outlets: /· (\d+ outlets?)$/.exec(squash($(li).text()))?.[1],
});
const expected = (id: string) => ({
  href: `/events/${id}/`,
  title: events.get(id)!.title,
  date: events.get(id)!.iso.slice(0, 10),
  outlets: outlets(count(id)),
});

describe('the home page', () => {
  it('leads with the newest edition, its outlets and a link to compare them', () => {
    const { $ } = page('/');
    const newest = editions[0]!;
    expect($('h1').text()).toBe(events.get(newest)!.title);
    expect($('.intro .kicker time').attr('datetime')).toBe(events.get(newest)!.iso.slice(0, 10));
    expect(squash($('.intro').text())).toContain(`${outlets(count(newest))} covered it.`);
    expect($('.intro a.button').attr('href')).toBe(`/events/${newest}/`);
    expect($('.cards .card')).toHaveLength(count(newest));
  });

  it('lists the editions before it newest first, each with its date and outlet count, and links every year', () => {
    const { $ } = page('/');
    expect(
      $('.archive ol li')
        .map((_, li) => listed($, li))
        .get(),
    ).toEqual(editions.slice(1, 1 + HOME_EDITIONS).map(expected));
    const years = [...new Set(editions.map((id) => events.get(id)!.iso.slice(0, 4)))];
    expect(
      $('nav[aria-label="Editions by year"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/editions/', ...years.map((y) => `/editions/${y}/`)]);
  });
});

describe('the archive pages', () => {
  it('hold every edition once across the year pages, newest first, each under its month', () => {
    const yearRoutes = page('/editions/')
      .$('h2 a')
      .map((_, a) => page('/editions/').$(a).attr('href'))
      .get();
    const all = yearRoutes.flatMap((route) => {
      const { $ } = page(route);
      return $('section[id]')
        .map((_, section) =>
          $(section)
            .find('li')
            .map((_, li) => ({ month: $(section).attr('id'), ...listed($, li) }))
            .get(),
        )
        .get();
    });
    expect(all).toEqual(editions.map((id) => ({ month: `month-${events.get(id)!.iso.slice(0, 7)}`, ...expected(id) })));
  });

  it('link each month from /editions/ to its place on the year page', () => {
    const { $ } = page('/editions/');
    const months = [...new Set(editions.map((id) => events.get(id)!.iso.slice(0, 7)))];
    expect(
      $('main section li a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(months.map((m) => `/editions/${m.slice(0, 4)}/#month-${m}`));
  });
});

describe('outlet pages', () => {
  it.each(outletIds())('%s lists all its articles, newest first, each with its date and its edition, on each of its pages', (outlet) => {
    const own = articles.filter((a) => a.outlet === outlet).sort((a, b) => events.get(b.event)!.time - events.get(a.event)!.time);
    const routes = pages.filter((p) => p.route.startsWith(`/outlets/${outlet}/`)).map((p) => p.route);
    expect(routes).toHaveLength(own.length);
    for (const route of routes) {
      const { $ } = page(route);
      const items = $('.others li');
      expect(items.map((_, li) => $(li).find('a').first().text()).get(), route).toEqual(own.map((a) => a.front['headline']));
      expect(items.map((_, li) => $(li).find('a').last().attr('href')).get(), route).toEqual(own.map((a) => `/events/${a.event}/`));
      expect(items.map((_, li) => $(li).find('time').attr('datetime') ?? 'undated').get(), route).toEqual(
        own.map((a) => String(a.front['published'])),
      );
      // Each headline links its article's page, and the page's own is marked as the current one.
      items.each((i, li) => {
        const href = $(li).find('a').first().attr('href')!;
        expect(page(href).$('.headline').text(), href).toBe(own[i]!.front['headline']);
        expect($(li).find('a').first().attr('aria-current'), href).toBe(href === route ? 'page' : undefined);
      });
    }
  });
});
