/**
 * Which editions a search reads. By default, the newest editions up to
 * FIRST_SEARCH_ARTICLES articles (always at least the newest one): on a small
 * archive that is every edition; on a large one, the newest. One control
 * widens it to every edition (`scope=all` in the address); the Event filter
 * narrows it to one.
 *
 * The index is split the same way (src/build/search-index.ts): the editions
 * a search reads by default share one Pagefind bundle, Pagefind's own at
 * `/pagefind/`; each older edition has its own, `/pagefind/e/<event-id>/`,
 * merged in (Pagefind's mergeIndex) only when a search needs it. So a first
 * search costs what the newest editions weigh, not the whole archive, and a
 * small archive is one index, as before the split.
 * Pure: the search page and the build (which shards to precache) share it.
 */
import { plural } from './count.ts';

/** One edition as the search page lists it: its event's id and title, and how many articles it holds. */
export interface EditionRef {
  id: string;
  title: string;
  articles: number;
}

/** Each edition of the corpus as a search scope counts it: its event's id and title, and its articles. */
export const editionRefs = (editions: readonly { event: { id: string; title: string }; articles: readonly unknown[] }[]): EditionRef[] =>
  editions.map((e) => ({ id: e.event.id, title: e.event.title, articles: e.articles.length }));

/** The most articles a search reads by default, in the newest editions (a shard weighs about 4 KB of index per article). */
export const FIRST_SEARCH_ARTICLES = 100;

/** The value of the `scope` parameter that widens a search to every edition. */
export const SCOPE_ALL = 'all';

/** The bundle holding an edition: the default editions share Pagefind's own folder; each other edition has one under it. */
export const shardPath = (editions: readonly EditionRef[], id: string): string =>
  defaultEditions(editions).some((e) => e.id === id) ? '/pagefind/' : `/pagefind/e/${id}/`;

/** The editions a search reads when nothing widens or narrows it, newest first. */
export function defaultEditions(editions: readonly EditionRef[], budget = FIRST_SEARCH_ARTICLES): EditionRef[] {
  const chosen: EditionRef[] = [];
  let articles = 0;
  for (const e of editions) {
    if (chosen.length > 0 && articles + e.articles > budget) break;
    chosen.push(e);
    articles += e.articles;
  }
  return chosen;
}

/** The editions a search reads: the one its Event filter names, else every edition when widened, else the default. */
export function editionsFor(editions: readonly EditionRef[], state: { event: string; scope: string }): EditionRef[] {
  if (state.event) return editions.filter((e) => e.id === state.event);
  return state.scope === SCOPE_ALL ? [...editions] : defaultEditions(editions);
}

/** Whether the default reads every edition: then there is nothing to widen. */
export const defaultIsAll = (editions: readonly EditionRef[]): boolean => defaultEditions(editions).length === editions.length;

/** What the page says a search reads. */
export function scopeText(editions: readonly EditionRef[], read: readonly EditionRef[]): string {
  const articles = read.reduce((n, e) => n + e.articles, 0);
  if (read.length === editions.length) return `Searching every edition: ${plural(editions.length, 'edition')}, ${plural(articles, 'article')}.`;
  if (read.length === 1 && read[0]) {
    const newest = editions[0]?.id === read[0].id ? 'the newest edition, ' : 'one edition, ';
    return `Searching ${newest}${read[0].title} (${plural(articles, 'article')}), of ${plural(editions.length, 'edition')}.`;
  }
  return `Searching the newest ${plural(read.length, 'edition')} (${plural(articles, 'article')}), of ${plural(editions.length, 'edition')}.`;
}
