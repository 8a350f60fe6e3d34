/**
 * Joins outlets, events and articles, and checks what no schema can see on
 * its own: references to outlets and events, one article per outlet and
 * event, an article for every outlet, bodies that are not empty. Pure: the
 * build hands it the collections' entries (src/data/content.ts), the tests
 * a fixture folder's (tests/helpers/corpus.ts).
 */
import { articleLength } from '../blocks.ts';
import { blocksOf } from './article-blocks.ts';
import { ContentError, type Article, type Corpus, type CorpusEntries, type Edition, type Event, type Outlet } from './types.ts';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
const latestFirst = (a: { date: { date: Date } }, b: { date: { date: Date } }) => b.date.date.getTime() - a.date.date.getTime();

/** The whole corpus, joined, checked and sorted; throws a ContentError naming the file, the field and the fix. */
export function joinCorpus(entries: CorpusEntries): Corpus {
  if (entries.outlets.length === 0) throw new ContentError('content/outlets/', 'folder', 'has no outlets: add one YAML file per outlet');
  if (entries.articles.length === 0) throw new ContentError('content/articles/', 'folder', 'has no articles: add one Markdown file per article');

  const events = new Map<string, Event>(entries.events.map((e) => [e.id, { id: e.id, ...e.data }]));
  const outlets = new Map<string, Outlet>(entries.outlets.map((o) => [o.id, { id: o.id, file: o.file, ...o.data, articles: [] }]));

  const articles: Article[] = [];
  const claimed = new Map<string, string>();
  for (const entry of [...entries.articles].sort((a, b) => a.id.localeCompare(b.id))) {
    const { file } = entry;
    const { outlet: outletId, event: eventId, ...data } = entry.data;
    const outlet = outlets.get(outletId);
    if (!outlet) {
      throw new ContentError(
        file,
        'outlet',
        `"${outletId}" is not an outlet: use one of ${[...outlets.keys()].sort().join(', ')}, or add content/outlets/${outletId}.yaml`,
      );
    }
    const event = events.get(eventId);
    if (!event) {
      throw new ContentError(
        file,
        'event',
        `"${eventId}" is not an event: use one of ${[...events.keys()].sort().join(', ')}, or add content/events/${eventId}.yaml`,
      );
    }
    const key = `${outlet.id} ${event.id}`;
    const twin = claimed.get(key);
    if (twin) {
      throw new ContentError(
        file,
        'outlet and event',
        `are the same as in ${twin} (${outlet.id}, ${event.id}): an outlet has one article per event; merge the two files or correct the event`,
      );
    }
    claimed.set(key, file);
    const blocks = blocksOf(entry);
    const article: Article = { ...data, id: entry.id, file, outlet, event, blocks, ...articleLength(blocks), otherEvent: false };
    outlet.articles.push(article);
    articles.push(article);
  }

  for (const outlet of outlets.values()) {
    if (outlet.articles.length === 0) {
      throw new ContentError(
        outlet.file,
        'id',
        `"${outlet.id}" has no article: add content/articles/${outlet.id}.md with "outlet: ${outlet.id}", or remove the outlet`,
      );
    }
    outlet.articles.sort((a, b) => latestFirst(a.event, b.event));
  }

  const sorted = articles.sort((a, b) => byName(a.outlet, b.outlet) || a.id.localeCompare(b.id));
  const editions = editionsOf(sorted, [...events.values()]);
  // The newest edition is the site's current one: /compare/ shows it, and an article on any other event is earlier (or other) coverage.
  const mainEvent = editions[0]?.event;
  if (!mainEvent) throw new ContentError('content/events/', 'folder', 'has no event that an article covers: add the event the articles report');
  for (const a of articles) a.otherEvent = a.event.id !== mainEvent.id;
  return {
    mainEvent,
    editions,
    events: [...events.values()].sort(latestFirst),
    outlets: [...outlets.values()].sort(byName),
    articles: sorted,
  };
}

/** Every covered event with its articles, newest first; of two on one date, the one with more articles, then by id. */
function editionsOf(articles: readonly Article[], events: readonly Event[]): Edition[] {
  const byEvent = new Map<string, Article[]>();
  for (const a of articles) byEvent.set(a.event.id, [...(byEvent.get(a.event.id) ?? []), a]);
  return events
    .filter((e) => byEvent.has(e.id))
    .map((event) => ({ event, articles: byEvent.get(event.id) ?? [] }))
    .sort((a, b) => latestFirst(a.event, b.event) || b.articles.length - a.articles.length || a.event.id.localeCompare(b.event.id));
}

/**
 * An outlet's primary article: the one on the newest edition's event, else
 * its latest. It is the article at
 * /outlets/<id>/, and the one its card and share card show.
 */
export function primaryArticle(outlet: Pick<Outlet, 'articles'>): Article {
  return outlet.articles.find((a) => !a.otherEvent) ?? outlet.articles[0]!;
}
