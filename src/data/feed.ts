/** The feeds' entries from the corpus: every edition (its event, at /events/<id>/) and every article copy. */
import { clip } from '../lib/format.ts';
import { articleUpdated, feedEntries, type FeedArticle, type FeedEntry } from '../lib/feed.ts';
import { articlePath as sitePath, eventPath } from '../lib/paths.ts';
import { loadCorpus, primaryArticle, type Article } from './content.ts';

/** The article's page: its outlet's page for the outlet's main article, else its own. */
function articlePath(a: Article): string {
  return sitePath(a.outlet.id, a.id, a === primaryArticle(a.outlet));
}

const toFeed = (a: Article): FeedArticle => ({
  id: a.id,
  path: articlePath(a),
  outletName: a.outlet.name,
  outletKind: a.outlet.kind,
  headline: a.headline,
  byline: a.byline,
  summary: clip(a.standfirst ?? a.blocks.find((b) => b.kind === 'paragraph')?.text ?? '', 300),
  published: a.published?.iso ?? null,
  updated: a.updated?.iso,
  captured: a.captured?.iso,
  eventTitle: a.event.title,
  eventDate: a.event.date.iso,
  language: a.language,
});

/** When the newest of these articles last changed, as an ISO date-time (the feed's and the sitemap's rule). */
export function latestChange(articles: Article[]): string {
  return new Date(Math.max(...articles.map((a) => articleUpdated(toFeed(a)).getTime()))).toISOString();
}

/** An entry per edition, dated by its newest article, and one per article; ids are the event's and the article's. */
export async function loadFeedEntries(site: string): Promise<FeedEntry[]> {
  const { editions } = await loadCorpus();
  return feedEntries(
    editions.map(({ event, articles }) => ({
      eventId: event.id,
      title: event.title,
      description: event.description,
      path: eventPath(event.id),
      articles: articles.map(toFeed),
    })),
    site,
  );
}
