/** What the corpus is made of (plain entries, as a loader reads them) and what it becomes (joined, checked, sorted). */
import type { ArticleData } from '../../schemas/article.ts';
import type { MeasureData, SourceData, StatementData, TopicData, WordChoiceData } from '../../schemas/comparison.ts';
import type { EventData } from '../../schemas/event.ts';
import type { OutletData } from '../../schemas/outlet.ts';
import type { Block } from '../blocks.ts';

/** One content file, read and checked by its schema. */
export interface Entry<Data> {
  /** The file name without its extension. */
  id: string;
  /** Path of the file, for messages. */
  file: string;
  data: Data;
}

export interface ArticleEntry extends Entry<Omit<ArticleData, 'outlet' | 'event'> & { outlet: string; event: string }> {
  /** The Markdown below the frontmatter. */
  body: string;
  /** The whole file as read, for line numbers in messages (the body's lines counted from the file's top). */
  text?: string | undefined;
  /**
   * The body's blocks, already parsed: only tests that build large corpora
   * from one template give them (the build's loader does not: remark-block-ids
   * says why). Absent, the body is parsed here.
   */
  blocks?: Block[] | undefined;
  /** The renderer failed on this file (it logged why); the build stops here, with a message of ours where we find one. */
  renderFailed?: boolean | undefined;
}

/** The curated comparison lists, each entry with its id, in its file's order. */
export interface ComparisonLists {
  topics: (TopicData & { id: string })[];
  statements: (StatementData & { id: string })[];
  wordChoices: (WordChoiceData & { id: string })[];
  sources: (SourceData & { id: string })[];
  measures: (MeasureData & { id: string })[];
  /** Where statements live, for messages. */
  statementsFile?: string | undefined;
}

export interface CorpusEntries {
  outlets: Entry<OutletData>[];
  events: Entry<EventData>[];
  articles: ArticleEntry[];
}

export interface Event extends EventData {
  id: string;
}

export interface Article extends Omit<ArticleData, 'outlet' | 'event'> {
  id: string;
  /** Path of the Markdown file, for messages. */
  file: string;
  outlet: Outlet;
  event: Event;
  /** Body blocks; the standfirst, when there is one, comes first (see withStandfirst). */
  blocks: Block[];
  words: number;
  paragraphs: number;
  /** Whether it covers an event other than the newest edition's: earlier (or other) coverage, compared in its own edition. */
  otherEvent: boolean;
}

export interface Outlet extends OutletData {
  id: string;
  file: string;
  /** Latest event first. */
  articles: Article[];
}

/** One edition: an event with the articles that cover it. */
export interface Edition {
  event: Event;
  /** By outlet name, then id. */
  articles: Article[];
}

export interface Corpus {
  /** The newest edition's event (editions[0]): what /compare/ shows and what an outlet's primary article covers. */
  mainEvent: Event;
  /** Every event that at least one article covers, newest first (by the event's date; of two on one date, the one with more articles). */
  editions: Edition[];
  /** Latest first. */
  events: Event[];
  /** By name. */
  outlets: Outlet[];
  /** By outlet name, then id. */
  articles: Article[];
}

/** A problem in the content: "file: field: what to write instead". */
export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}
