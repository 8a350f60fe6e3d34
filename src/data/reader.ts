/**
 * What the two-outlet reader pages need: per event covered by two or more
 * outlets, those outlets (by name), their articles on it and the event's
 * alignment groups; and the rows of one ordered pair. Computed from the
 * corpus and /data/alignment.json's groups, once per build.
 */
import type { Article, Event, Outlet } from '../lib/corpus/index.ts';
import { primaryArticle } from '../lib/corpus/index.ts';
import { prerenderedPairs } from '../lib/reader/pairs.ts';
import { readerRows, type ReaderArticle, type ReaderGroup, type Row } from '../lib/reader/rows.ts';
import { loadAlignment } from './alignment.ts';
import { loadCorpus } from './content.ts';

export interface ReaderOutlet {
  outlet: Outlet;
  /** Its articles on the event, earliest first. */
  articles: Article[];
  /** Its article page shown at /outlets/<id>/. */
  primary: Article;
}

export interface ReaderEvent {
  event: Event;
  /** The outlets covering it, by name. */
  outlets: ReaderOutlet[];
  groups: ReaderGroup[];
  /** The ordered pairs whose pages are prerendered (pairs.ts). */
  pairs: [string, string][];
}

let cache: Promise<ReaderEvent[]> | undefined;

/** Every event two or more outlets cover, latest first. */
export function loadReaderEvents(): Promise<ReaderEvent[]> {
  cache ??= (async () => {
    const [corpus, alignment] = await Promise.all([loadCorpus(), loadAlignment()]);
    return corpus.events.flatMap((event) => {
      const outlets = corpus.outlets
        .map((outlet) => ({ outlet, articles: outlet.articles.filter((a) => a.event.id === event.id).reverse(), primary: primaryArticle(outlet) }))
        .filter((o) => o.articles.length > 0);
      if (outlets.length < 2) return [];
      const groups = alignment.events.find((e) => e.event === event.id)?.groups ?? [];
      return [{ event, outlets, groups, pairs: prerenderedPairs(outlets.map((o) => o.outlet.id)) }];
    });
  })();
  return cache;
}

const readerArticles = (o: ReaderOutlet): ReaderArticle[] => o.articles.map((a) => ({ outlet: o.outlet.id, article: a.id, blocks: a.blocks }));

/** The rows of outlet a beside outlet b on one event, in a's order. */
export function pairRows(event: ReaderEvent, a: ReaderOutlet, b: ReaderOutlet): Row[] {
  return readerRows(readerArticles(a), readerArticles(b), event.groups);
}
