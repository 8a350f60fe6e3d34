/**
 * One search, from Pagefind's list of matching pages to what the page says:
 * which pages to read next, which of them hold the query, and the status
 * line and labels. Pure: the search page fetches what `nextBatch()` names and
 * hands the pages to `record()`; the unit tests hand it plain data.
 *
 * A search reads the text of matching articles BATCH at a time (a common word
 * in a large corpus matches thousands, and each costs a fetch); "Show more
 * results" reads on. Where Pagefind gives only candidates (a phrase, to be
 * checked word for word; a word it cannot index), a step goes on reading
 * until a batch of hits is found, but reads at most MAX_READ articles, and
 * "Check more articles" goes on: no search fetches every article at once.
 */
import type { Query } from './search-query.ts';
import { hasPhrases, matchingParagraphs, type Anchor } from './search-results.ts';
import { parseStatementMeta, STATEMENTS_META, type GroupedSentence } from './search-statements.ts';
import { isFiltered, type SearchState } from './search-url.ts';
import { formatCount, plural } from './count.ts';

/** Articles whose text a search reads at a time. */
export const BATCH = 10;
/** Articles read per step at most, hits or not, where Pagefind gives candidates rather than matches. */
export const MAX_READ = 50;
/** Paragraphs listed per article; the rest are counted. */
export const MAX_HITS_SHOWN = 5;

export const SEARCHING = 'Searching…';
export const INDEX_FAILED = 'Search could not start: its index did not load. Reload the page to try again.';

/** What Pagefind gives for one page, as far as a search reads it. */
export interface PageData {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: Anchor[];
  meta?: Record<string, string>;
}

/** An article that holds the query, and its paragraphs that carry it, best first. */
export interface Hit {
  url: string;
  paragraphs: Anchor[];
  /** The page's event, and its paragraphs' sentences that belong to an alignment group, with the groups (lib/search-statements.ts). */
  event: string;
  statements: Map<string, GroupedSentence[]>;
}

/** The notice for a query cut to `limit` characters. */
export const cutNotice = (limit: number): string => `Your search was cut to its first ${limit} characters.`;

/** What is said under an article whose paragraphs beyond the first MAX_HITS_SHOWN are not listed. */
export const moreParagraphs = (rest: number): string => `and ${rest} more paragraph${rest === 1 ? '' : 's'} in this article`;

export class SearchSession {
  readonly query: Query;
  readonly state: SearchState;
  /** How many pages Pagefind matched (the length of its results). */
  readonly total: number;
  /** How many outlets the site has, for "in 3 of 5 outlets". */
  readonly outletCount: number;
  readonly limits: { batch: number; maxRead: number };
  /** Articles holding the query, by outlet id, in the order first found. */
  readonly groups = new Map<string, Hit[]>();
  /** The next of Pagefind's results to read. */
  next = 0;
  #added = 0;
  #read = 0;

  constructor(options: { query: Query; state: SearchState; total: number; outletCount: number; limits?: { batch: number; maxRead: number } }) {
    this.query = options.query;
    this.state = options.state;
    this.total = options.total;
    this.outletCount = options.outletCount;
    this.limits = options.limits ?? { batch: BATCH, maxRead: MAX_READ };
  }

  /** Whether Pagefind's results are only candidates, each to be checked in its text (phrases, words it cannot index). */
  get checking(): boolean {
    return this.query.phrases.length > 0 || !this.query.pagefind;
  }

  /** Whether every result has been read. */
  get done(): boolean {
    return this.next >= this.total;
  }

  /** Begins a step: the first results, or more when the reader asks. */
  step(): void {
    this.#added = 0;
    this.#read = 0;
  }

  /**
   * The results to read next, `from` up to (not including) `to`, or
   * undefined when this step is over: a batch of hits found, MAX_READ
   * articles read, or no results left.
   */
  nextBatch(): { from: number; to: number } | undefined {
    const { batch, maxRead } = this.limits;
    if (this.done || this.#added >= batch || this.#read >= maxRead) return undefined;
    return { from: this.next, to: Math.min(this.total, this.next + batch) };
  }

  /** Reads the pages `nextBatch()` named, in order: those holding the query join their outlet's group. */
  record(pages: readonly PageData[]): void {
    this.next += pages.length;
    this.#read += pages.length;
    for (const p of pages) {
      if (!hasPhrases(p.content, this.query)) continue;
      const paragraphs = matchingParagraphs(p.anchors, p.locations, this.query, p.content);
      if (paragraphs.length === 0) continue;
      const outlet = p.filters['outlet']?.[0] ?? '';
      const hit = { url: p.url, paragraphs, event: p.filters['event']?.[0] ?? '', statements: parseStatementMeta(p.meta?.[STATEMENTS_META]) };
      this.groups.set(outlet, [...(this.groups.get(outlet) ?? []), hit]);
      this.#added++;
    }
  }

  /** Every article found so far, outlet by outlet. */
  get hits(): Hit[] {
    return [...this.groups.values()].flat();
  }

  /** The query as the page names it: its phrases, or its words, as typed, in curly quote marks. */
  get label(): string {
    const { query } = this;
    return query.phrases.length ? query.typed.phrases.map((p) => `“${p}”`).join(' and ') : `“${query.typed.words.join(' ')}”`;
  }

  /** What the page highlights on arrival at a result: the phrases and the words. */
  get highlight(): string {
    return [...this.query.phrases, ...this.query.words].join(' ');
  }

  /** Whether the search is over with nothing found. */
  get empty(): boolean {
    return this.groups.size === 0 && this.done;
  }

  /** The status line: what was found so far, and what is left. */
  status(): string {
    if (this.empty) return `No article has ${this.label}.`;
    const paragraphs = this.hits.reduce((n, h) => n + h.paragraphs.length, 0);
    const outlets = `${this.groups.size} of ${this.outletCount} outlets`;
    if (this.done) return `${this.label} is in ${outlets}, ${plural(paragraphs, 'paragraph')}.`;
    if (this.checking)
      return `${this.label} is in ${outlets} so far, ${plural(paragraphs, 'paragraph')}; ${plural(this.total - this.next, 'article')} left to check.`;
    // How many outlets match in all would need Pagefind's filter index (22 KB per filter at 10,000 articles): only those read so far are counted.
    return `${this.label} is in ${plural(this.total, 'article')}; showing the first ${formatCount(this.hits.length)}, from ${outlets}.`;
  }

  /** What the results say when nothing was found, and what to try; undefined otherwise. */
  nothingFound(): { message: string; hint: string } | undefined {
    if (!this.empty) return undefined;
    const filtered = isFiltered(this.state);
    return {
      message: `No article has ${this.label}${filtered ? ' with these filters' : ''}.`,
      hint: this.query.phrases.length
        ? 'Exact phrases must match word for word: try fewer words, or remove the quote marks to find the words anywhere.'
        : filtered
          ? 'Try clearing the filters, or fewer words.'
          : 'Try fewer or different words.',
    };
  }

  /** What the results say when nothing was found yet and more is left to check; undefined otherwise. */
  nothingYet(): string | undefined {
    return this.groups.size === 0 && !this.done ? `None of the first ${formatCount(this.next)} articles has it.` : undefined;
  }

  /** The label of the button that reads on, or undefined when everything has been read. */
  moreLabel(): string | undefined {
    if (this.done) return undefined;
    return this.checking ? 'Check more articles' : 'Show more results';
  }
}
