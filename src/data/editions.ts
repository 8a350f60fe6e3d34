/**
 * What an edition's page needs (/events/<event>/, and /compare/ for the
 * newest): its comparison, its articles, its reader pairs, its related
 * editions (earlier coverage; the nearest events for an event with one
 * article) and where its data files are. Computed from the corpus once per
 * build per edition.
 */
import type { Comparison } from '../lib/comparison/index.ts';
import { editionOf, primaryArticle, type Article, type Edition, type Event } from '../lib/corpus/index.ts';
import { earlierEvents, relatedEvents } from '../lib/editions.ts';
import { articlePath, compareRowId, eventPath } from '../lib/paths.ts';
import { loadComparison, loadCorpus } from './content.ts';
import { rendersEdition } from './incremental.ts';
import { loadReaderEvents, type ReaderEvent } from './reader.ts';

/** An edition linked from another page: its event, its page, and its articles with their pages. */
export interface EditionLink {
  event: Event;
  href: string;
  articles: { article: Article; href: string }[];
  /** Words its title and description share with the page's edition (names first). */
  shared: string[];
  sameKind: boolean;
}

export interface EditionPageData {
  edition: Edition;
  /** Whether it is the newest edition, the one /compare/ shows. */
  newest: boolean;
  comparison: Comparison;
  reader: ReaderEvent | undefined;
  /** Related editions dated before this one: where earlier coverage is. */
  earlier: EditionLink[];
  /** The nearest editions, earlier or later (offered on a page with one article). */
  nearest: EditionLink[];
  /**
   * Figure rows of its earlier coverage's editions that it has none of, each
   * with its id (the row's on the earlier page), so a /compare/#figures-…
   * link from before that edition had its own page still lands on a line
   * saying where the row is.
   */
  earlierFigures: { id: string; label: string; href: string; edition: string }[];
  /** Its articles (by outlet name) with their pages. */
  articles: { article: Article; href: string }[];
}

const articleHref = (a: Article) => articlePath(a.outlet.id, a.id, a === primaryArticle(a.outlet));

/** An edition's page data (the newest edition's when no event is named). */
export async function loadEditionPage(eventId?: string): Promise<EditionPageData> {
  const corpus = await loadCorpus();
  const edition = editionOf(corpus, eventId);
  const id = edition.event.id;
  const newest = id === corpus.mainEvent.id;
  const covered = corpus.editions.map((e) => e.event);
  const link = (r: { event: Event; shared: string[]; sameKind: boolean }): EditionLink => ({
    ...r,
    href: eventPath(r.event.id),
    articles: (corpus.editions.find((e) => e.event.id === r.event.id)?.articles ?? []).map((article) => ({ article, href: articleHref(article) })),
  });
  const [comparison, readers] = await Promise.all([loadComparison(id), loadReaderEvents()]);
  const earlier = earlierEvents(edition.event, covered).map(link);
  const here = new Set(comparison.figures.map((g) => g.id));
  const earlierFigures: EditionPageData['earlierFigures'] = [];
  for (const e of earlier) {
    for (const g of (await loadComparison(e.event.id)).figures) {
      const rowId = compareRowId.figures(g.id);
      if (here.has(g.id) || earlierFigures.some((f) => f.id === rowId)) continue;
      earlierFigures.push({ id: rowId, label: g.label, href: `${e.href}#${rowId}`, edition: e.event.title });
    }
  }
  return {
    edition,
    newest,
    comparison,
    reader: readers.find((r) => r.event.id === id),
    earlier,
    earlierFigures,
    nearest: relatedEvents(edition.event, covered).map(link),
    articles: edition.articles.map((article) => ({ article, href: articleHref(article) })),
  };
}

/**
 * Every edition's event id, newest first, whose own pages and files this build renders (one /events/<event>/ page
 * each): all of them, but for those an incremental build copies unchanged from the last (src/data/incremental.ts).
 */
export async function editionIds(): Promise<string[]> {
  const renders = await rendersEdition();
  return (await loadCorpus()).editions.map((e) => e.event.id).filter(renders);
}
