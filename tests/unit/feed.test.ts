/** The feeds' rules: dates from the content, stable ids, newest first. */
import { describe, expect, it } from 'vitest';
import { articleUpdated, atomFeed, FEED_ENTRIES, feedEntries, jsonFeed, tagId, type FeedArticle } from '../../src/lib/feed.ts';

const site = 'https://news.example/';
const article = (id: string, dates: Partial<Pick<FeedArticle, 'published' | 'updated' | 'captured'>>): FeedArticle => ({
  id,
  path: `/outlets/${id}/`,
  outletName: id.toUpperCase(),
  outletKind: 'news agency',
  headline: `Headline ${id}`,
  summary: 'Summary.',
  published: null,
  eventTitle: 'A call',
  eventDate: '2026-02-04',
  language: 'en',
  ...dates,
});

describe('articleUpdated', () => {
  it('is the latest of published, updated and captured', () => {
    expect(articleUpdated(article('a', { published: '2026-02-04', captured: '2026-02-06' })).toISOString()).toBe('2026-02-06T00:00:00.000Z');
    expect(articleUpdated(article('a', { published: '2026-02-04T16:41:00+05:30', updated: '2026-02-04T18:00:00+05:30' })).toISOString()).toBe(
      '2026-02-04T12:30:00.000Z',
    );
  });
  it('falls back to the event’s date when the article has no date at all', () => {
    expect(articleUpdated(article('a', {})).toISOString()).toBe('2026-02-04T00:00:00.000Z');
  });
});

describe('feedEntries', () => {
  const edition = {
    eventId: 'call',
    title: 'A call',
    description: 'Two leaders spoke.',
    path: '/events/call/',
    articles: [article('a', { published: '2026-02-05' }), article('b', { published: '2026-02-04' })],
  };
  const earlier = {
    eventId: 'earlier-call',
    title: 'An earlier call',
    description: 'They spoke before.',
    path: '/events/earlier-call/',
    articles: [article('c', { published: '2025-01-21', captured: '2026-02-06' })],
  };
  const entries = feedEntries([edition, earlier], site);

  it('has an entry per edition beside its articles, newest first, with tag ids under the site’s host', () => {
    expect(entries.map((e) => e.id)).toEqual([
      // The earlier call's article was captured last: it and its edition come first.
      'tag:news.example,2026:article:c',
      'tag:news.example,2026:edition:earlier-call',
      'tag:news.example,2026:article:a',
      'tag:news.example,2026:edition:call',
      'tag:news.example,2026:article:b',
    ]);
    expect(entries.find((e) => e.id.endsWith(':edition:call'))).toMatchObject({
      url: 'https://news.example/events/call/',
      title: 'Edition: A call',
      updated: new Date('2026-02-05'),
      summary: 'Two leaders spoke. How 2 outlets covered it, side by side: A, B.',
    });
    expect(entries.find((e) => e.id.endsWith(':edition:earlier-call'))).toMatchObject({
      url: 'https://news.example/events/earlier-call/',
      summary: 'They spoke before. How C covered it.',
    });
  });
  it('carries the newest entries only, at most FEED_ENTRIES', () => {
    expect(feedEntries([edition, earlier], site, 3).map((e) => e.id)).toEqual(entries.slice(0, 3).map((e) => e.id));
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...edition,
      eventId: `call-${i}`,
      path: `/events/call-${i}/`,
      articles: [article(`a${i}`, { published: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }), article(`b${i}`, { published: '2025-06-01' })],
    }));
    const capped = feedEntries(many, site);
    expect(capped).toHaveLength(FEED_ENTRIES);
    // The ones left out are none newer than the oldest kept.
    const all = feedEntries(many, site, Infinity);
    expect(all).toHaveLength(180);
    expect(capped).toEqual(all.slice(0, FEED_ENTRIES));
  });

  it('dates an edition by its newest article, so a changed article brings its edition back up', () => {
    const changed = feedEntries(
      [{ ...edition, articles: [edition.articles[0]!, article('b', { published: '2026-02-04', updated: '2026-03-01' })] }],
      site,
    );
    expect(changed[0]?.id).toBe('tag:news.example,2026:article:b');
    expect(changed.find((e) => e.id.endsWith(':edition:call'))?.updated).toEqual(new Date('2026-03-01'));
  });
  it('keeps an entry’s id when its page moves', () => {
    const moved = feedEntries([{ ...edition, path: '/compare/', articles: [{ ...edition.articles[0]!, path: '/outlets/a/a-2026/' }] }], site);
    expect(moved.find((e) => e.url.endsWith('/outlets/a/a-2026/'))?.id).toBe(tagId(site, 'article:a'));
    expect(moved.find((e) => e.url.endsWith('/compare/'))?.id).toBe(tagId(site, 'edition:call'));
  });
  it('writes both formats from the same entries', () => {
    expect(atomFeed(entries, site)).toContain('<id>tag:news.example,2026:edition:earlier-call</id>');
    expect(JSON.parse(jsonFeed(entries, site)).items).toHaveLength(5);
  });
});
