/**
 * The built feeds, read by a maintained feed reader (@extractus/feed-extractor, which throws on XML that is not
 * well-formed or not a feed) and checked against what Atom (RFC 4287) and JSON Feed 1.1 require; every page
 * links them; the sitemap dates each page from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { parse } from 'yaml';
import { contentDir, dist, outletIds, sourceArticles } from '../helpers/site.ts';

const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const absolute = (url: unknown) => typeof url === 'string' && url.startsWith(new URL('/', site).href);
const articles = sourceArticles();
/** Every event an article covers: each is an edition. */
const editions = [...new Set(articles.map((a) => a.event))];

let pages: Page[];
beforeAll(async () => {
  pages = await loadSite(dist);
});

/** The latest of an article's dates as the content gives them (the event's date when it has none). */
function expectedUpdated(front: Record<string, unknown>, eventDate: string): number {
  const dates = ['published', 'updated', 'captured']
    .map((k) => front[k])
    .filter((v) => v !== undefined && v !== 'undated')
    .map((v) => (v instanceof Date ? v : new Date(String(v))).getTime());
  return dates.length > 0 ? Math.max(...dates) : new Date(eventDate).getTime();
}
/** An event's date, from its YAML. */
const eventDate = (id: string) => {
  const date = (parse(readFileSync(path.join(contentDir, 'events', `${id}.yaml`), 'utf8')) as { date: unknown }).date;
  return date instanceof Date ? date.toISOString() : String(date);
};

describe('the Atom feed (/feed.xml)', () => {
  const xml = read('feed.xml');
  const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
  const raw = load(xml, { xml: true });

  it('is read by a feed reader, with the site as its link and an entry per article and per edition', () => {
    expect(feed.title).toBe('Parallax');
    expect(feed.link).toBe(new URL('/', site).href);
    expect(feed.entries).toHaveLength(articles.length + editions.length);
    // Each article links its page (the one its outlet's page list links), each edition its page.
    const articlePages = pages.filter((p) => p.route.startsWith('/outlets/')).map((p) => new URL(p.route, site).href);
    const links = feed.entries?.map((e) => e.link) ?? [];
    expect(links.filter((l) => l?.includes('/outlets/')).sort()).toEqual(articlePages.sort());
    expect(links.filter((l) => l?.includes('/events/')).sort()).toEqual(editions.map((id) => new URL(`/events/${id}/`, site).href).sort());
  });

  it('dates each edition’s entry by its newest article, and links a built page', () => {
    for (const id of editions) {
      const entry = raw('entry').filter((_, el) => raw(el).children('id').text().endsWith(`:edition:${id}`));
      const own = articles.filter((a) => a.event === id).map((a) => expectedUpdated(a.front, eventDate(id)));
      expect(Date.parse(entry.children('updated').text()), id).toBe(Math.max(...own));
      expect(
        pages.some((p) => new URL(p.route, site).href === entry.children('link').attr('href')),
        id,
      ).toBe(true);
    }
  });

  it('has what RFC 4287 requires: feed id, title, updated, author and self link; each entry id, title, updated, link', () => {
    expect(raw('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author > name']) expect(raw(`feed > ${field}`).text(), field).not.toBe('');
    expect(raw('feed > link[rel="self"]').attr('href')).toBe(new URL('/feed.xml', site).href);
    raw('entry').each((_, el) => {
      const entry = raw(el);
      for (const field of ['id', 'title', 'updated', 'summary']) expect(entry.children(field).text(), field).not.toBe('');
      expect(absolute(entry.children('link[rel="alternate"]').attr('href'))).toBe(true);
      expect(Number.isNaN(Date.parse(entry.children('updated').text()))).toBe(false);
    });
  });

  it('gives stable tag: ids, unique, from the article or event id, not the address', () => {
    const ids = raw('entry > id')
      .map((_, el) => raw(el).text())
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    const host = new URL(site).hostname;
    expect(ids.filter((id) => id.includes(':article:')).sort()).toEqual(articles.map((a) => `tag:${host},2026:article:${a.id}`).sort());
    expect(ids.filter((id) => id.includes(':edition:')).sort()).toEqual(editions.map((id) => `tag:${host},2026:edition:${id}`).sort());
    for (const id of ids) expect(id).toMatch(new RegExp(`^tag:${host.replace(/\./g, '\\.')},2026:(article|edition):[a-z0-9-]+$`));
  });

  it('dates each article entry from its content: the latest of published, updated and captured', () => {
    for (const a of articles) {
      const entry = raw('entry').filter((_, el) => raw(el).children('id').text().endsWith(`:article:${a.id}`));
      expect(Date.parse(entry.children('updated').text()), a.id).toBe(expectedUpdated(a.front, eventDate(a.event)));
    }
    // The feed is as new as its newest entry.
    const newest = Math.max(
      ...raw('entry > updated')
        .map((_, el) => Date.parse(raw(el).text()))
        .get(),
    );
    expect(Date.parse(raw('feed > updated').text())).toBe(newest);
  });
});

describe('the JSON Feed (/feed.json)', () => {
  const text = read('feed.json');
  const json = JSON.parse(text) as { version: string; title: string; feed_url: string; home_page_url: string; items: Record<string, unknown>[] };

  it('is JSON Feed 1.1 with what it requires: version, title, items with id and content', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe('Parallax');
    expect(json.feed_url).toBe(new URL('/feed.json', site).href);
    for (const item of json.items) {
      expect(typeof item['id']).toBe('string');
      expect(typeof item['content_text'] === 'string' || typeof item['content_html'] === 'string').toBe(true);
      expect(absolute(item['url'])).toBe(true);
    }
  });

  it('is read by a feed reader with the same entries as the Atom feed', () => {
    const feed = extractFromJson(text);
    const atom = extractFromXml(read('feed.xml'));
    expect(feed.entries?.map((e) => [e.id, e.link, e.title])).toEqual(atom.entries?.map((e) => [e.id, e.link, e.title]));
  });
});

describe('feed discovery and the sitemap', () => {
  it('every page links both feeds from its head, by absolute address', () => {
    for (const { $, route } of pages) {
      expect($('head link[rel="alternate"][type="application/atom+xml"]').attr('href'), route).toBe(new URL('/feed.xml', site).href);
      expect($('head link[rel="alternate"][type="application/feed+json"]').attr('href'), route).toBe(new URL('/feed.json', site).href);
    }
  });

  it('dates each page in the sitemap with <lastmod> from its feed entry, and / from the newest', () => {
    const sitemap = load(read('sitemap-0.xml'), { xml: true });
    const lastmod = new Map(
      sitemap('url')
        .map((_, el) => [[sitemap(el).children('loc').text(), sitemap(el).children('lastmod').text()]] as const)
        .get(),
    );
    const json = JSON.parse(read('feed.json')) as { items: { url: string; date_modified: string }[] };
    for (const item of json.items) expect(lastmod.get(item.url), item.url).toBe(item.date_modified);
    expect(lastmod.get(new URL('/', site).href)).toBe(
      json.items
        .map((i) => i.date_modified)
        .sort()
        .at(-1),
    );
    for (const id of outletIds()) expect(lastmod.get(new URL(`/outlets/${id}/`, site).href), id).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
