/**
 * The site's feeds: one entry per edition (an event the site compares) and one per article copy, as Atom 1.0
 * (/feed.xml) and JSON Feed 1.1 (/feed.json), written by feedsmith. Addresses are absolute, from the site's
 * address; entry ids are tag URIs of the article's or event's id, so they survive a change of page address;
 * dates come from the content. The sitemap reads its <lastmod> from the JSON Feed (see astro.config.mjs).
 */
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import { plural } from './format.ts';
import { feedPath } from './paths.ts';

export interface FeedArticle {
  id: string;
  /** The article's page on the site, e.g. /outlets/rt/. */
  path: string;
  outletName: string;
  outletKind: string;
  headline: string;
  byline?: string | undefined;
  /** A few sentences of the article: its standfirst or first paragraph. */
  summary: string;
  /** ISO dates as written in the frontmatter; null when undated. */
  published: string | null;
  updated?: string | undefined;
  captured?: string | undefined;
  eventTitle: string;
  /** The event's date: the floor for an article with no date of its own. */
  eventDate: string;
  language: string;
}

export interface FeedEdition {
  eventId: string;
  title: string;
  description: string;
  /** The edition's page, e.g. /events/<event-id>/. */
  path: string;
  articles: FeedArticle[];
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  summary: string;
  published?: Date;
  updated: Date;
  authors: string[];
  categories: string[];
  language: string;
}

const latest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/**
 * When the copy last changed: the latest of its published, updated and captured dates. An article with none of
 * them (undated, capture not recorded) takes its event's date, the earliest it can have been written.
 */
export function articleUpdated(a: Pick<FeedArticle, 'published' | 'updated' | 'captured' | 'eventDate'>): Date {
  const known = [a.published, a.updated, a.captured].filter((d): d is string => Boolean(d)).map((d) => new Date(d));
  return known.length > 0 ? latest(known) : new Date(a.eventDate);
}

/** A tag URI (RFC 4151) under the site's host: stable as long as the id is, whatever the page's address. */
export function tagId(site: string, what: string): string {
  return `tag:${new URL(site).hostname},2026:${what}`;
}

/**
 * The entries a feed carries: the newest. A feed is polled again and again by readers that keep what they saw,
 * so it holds what is new, not the archive (at 10,000 articles every entry made a 9.8 MB feed.json).
 */
export const FEED_ENTRIES = 100;

/**
 * The newest entries, newest first, at most `limit`: each edition and its articles. An edition is as new as its
 * newest article, so it comes back to the top of a reader's list when one of its articles is added or changes.
 */
export function feedEntries(editions: FeedEdition[], site: string, limit = FEED_ENTRIES): FeedEntry[] {
  const entries: FeedEntry[] = [];
  const article = (a: FeedArticle): FeedEntry => ({
    id: tagId(site, `article:${a.id}`),
    title: `${a.outletName}: ${a.headline}`,
    url: new URL(a.path, site).href,
    summary: a.summary,
    ...(a.published ? { published: new Date(a.published) } : {}),
    updated: articleUpdated(a),
    authors: [a.byline || a.outletName],
    categories: [a.outletName, a.outletKind, a.eventTitle],
    language: a.language,
  });
  for (const edition of editions) {
    const names = [...new Set(edition.articles.map((a) => a.outletName))];
    entries.push({
      id: tagId(site, `edition:${edition.eventId}`),
      title: `Edition: ${edition.title}`,
      url: new URL(edition.path, site).href,
      summary: `${edition.description} ${names.length === 1 ? `How ${names[0]} covered it.` : `How ${plural(names.length, 'outlet')} covered it, side by side: ${names.join(', ')}.`}`,
      updated: latest(edition.articles.map(articleUpdated)),
      authors: ['Parallax'],
      categories: ['Edition'],
      language: 'en',
    });
    entries.push(...edition.articles.map(article));
  }
  return entries.sort((x, y) => y.updated.getTime() - x.updated.getTime() || x.id.localeCompare(y.id)).slice(0, limit);
}

const TITLE = 'Parallax';
const SUBTITLE = 'New editions and the articles they compare: how news outlets covered the same event, side by side.';

/** The Atom 1.0 feed. */
export function atomFeed(entries: FeedEntry[], site: string): string {
  return generateAtomFeed({
    id: tagId(site, 'feed'),
    title: { value: TITLE },
    subtitle: { value: SUBTITLE },
    updated: latest(entries.map((e) => e.updated)),
    links: [
      // The site first: readers that take one link show the first.
      { href: new URL('/', site).href, rel: 'alternate', type: 'text/html' },
      { href: new URL(feedPath('atom'), site).href, rel: 'self', type: 'application/atom+xml' },
    ],
    authors: [{ name: 'Parallax', uri: new URL('/', site).href }],
    icon: new URL('/favicon.svg', site).href,
    logo: new URL('/icons/512.png', site).href,
    entries: entries.map((e) => ({
      id: e.id,
      title: { value: e.title },
      links: [{ href: e.url, rel: 'alternate', type: 'text/html' }],
      summary: { value: e.summary },
      ...(e.published ? { published: e.published } : {}),
      updated: e.updated,
      authors: e.authors.map((name) => ({ name })),
      categories: e.categories.map((term) => ({ term })),
    })),
  });
}

/** The JSON Feed 1.1. */
export function jsonFeed(entries: FeedEntry[], site: string): string {
  const feed = generateJsonFeed({
    title: TITLE,
    description: SUBTITLE,
    home_page_url: new URL('/', site).href,
    feed_url: new URL(feedPath('json'), site).href,
    language: 'en',
    icon: new URL('/icons/512.png', site).href,
    favicon: new URL('/icons/180.png', site).href,
    authors: [{ name: 'Parallax', url: new URL('/', site).href }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_text: e.summary,
      ...(e.published ? { date_published: e.published } : {}),
      date_modified: e.updated,
      authors: e.authors.map((name) => ({ name })),
      tags: e.categories,
      language: e.language,
    })),
  });
  return `${JSON.stringify(feed, null, 2)}\n`;
}
