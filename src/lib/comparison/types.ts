/** What the comparison takes (plain data from the corpus) and what it gives the pages and the exports. */
import type { PointInTime } from '../../schemas/fields.ts';
import type { Block } from '../blocks.ts';
import type { FigureBound, FigureKind } from '../figures.ts';
import type { Attribution } from './attribution.ts';
import type { Marker } from './markers.ts';

/** One article, as the comparison reads it. */
export interface ArticleInput {
  outletId: string;
  articleId: string;
  /** Path of the Markdown file, for messages. */
  file: string;
  eventId: string;
  /** Body blocks, plus the standfirst as a block with id "standfirst" where there is one. */
  blocks: Block[];
}

/** One outlet's column: its primary article, with what the table heads show. */
export interface ColumnInput extends ArticleInput {
  outletName: string;
  outletKind: string;
  outletCountry: string;
  headline: string;
  headlineSupplied: boolean;
  /** Where a headline the captured page does not print came from ("taken from the article's URL"); null when it prints it. */
  headlineSource: string | null;
  published: PointInTime | null;
  eventTitle: string;
  eventDate: string;
  /** The article's page: /outlets/<id>/ for the outlet's primary article, /outlets/<id>/<article>/ for another. */
  href: string;
}

export interface TopicInput {
  id: string;
  label: string;
  description: string;
  markers: Marker[];
  /** Contexts in which a marker does not count. */
  except?: Marker[] | undefined;
}

export interface StatementInput {
  id: string;
  label: string;
  speaker: string;
  event: string;
  topic?: string | undefined;
  renderings: Record<string, string>;
}

export interface WordChoiceInput {
  id: string;
  label: string;
  description: string;
  variants: { label: string; patterns: Marker[]; except?: Marker[] | undefined }[];
}

export interface SourceInput {
  id: string;
  label: string;
  patterns: Marker[];
  except?: Marker[] | undefined;
}

export interface MeasureInput {
  id: string;
  label: string;
  markers: string[];
}

export interface ComparisonInput {
  event: { id: string; title: string; date: string };
  /** One per outlet, in the order the table shows them (the site gives one edition's articles: all on `event`). */
  columns: ColumnInput[];
  /** Every article of the corpus (the columns are among them): statements are checked against these. */
  articles: ArticleInput[];
  /** Every event id, for the statements' `event`. */
  eventIds: string[];
  /** The curated lists, each in its file's order. */
  topics: TopicInput[];
  statements: StatementInput[];
  wordChoices: WordChoiceInput[];
  sources: SourceInput[];
  measures: MeasureInput[];
  /** Where statements live, for error messages. */
  statementsFile?: string;
}

/** A piece of text, marked where a pattern matched (rendered as <mark>, never as HTML). */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface BlockRef {
  id: string;
  /** Paragraph number on the outlet page (0 for the standfirst). */
  number: number;
}

export interface Column {
  id: string;
  name: string;
  kind: string;
  country: string;
  articleId: string;
  headline: string;
  /** True when the headline is not one the captured page prints: written by Parallax, or taken from elsewhere (see headlineSource). */
  headlineSupplied: boolean;
  /** Where a headline the captured page does not print came from; null when Parallax wrote it or the page prints it. */
  headlineSource: string | null;
  published: string | null;
  eventId: string;
  eventTitle: string;
  eventDate: string;
  /** Whether its article covers another event than the comparison's (never, for an edition's comparison: its columns are its articles). */
  otherEvent: boolean;
  words: number;
  paragraphs: number;
  href: string;
}

interface TopicCell {
  blocks: (BlockRef & { segments: Segment[] })[];
  words: number;
  /** Share of the article's words in paragraphs about the topic, 0–1. */
  share: number;
}

export interface TopicRow {
  id: string;
  label: string;
  description: string;
  cells: Record<string, TopicCell>;
}

export type { Attribution } from './attribution.ts';

export type StatementCell =
  | {
      status: 'reported';
      quote: string;
      block: BlockRef;
      /** Direct quote, reported speech or the outlet's own words, and to whom, as the sentence says. */
      attribution: Attribution;
    }
  | { status: 'not-reported' }
  | { status: 'other-event' };

export interface StatementRow {
  id: string;
  label: string;
  speaker: string;
  topic: string | null;
  cells: Record<string, StatementCell>;
}

export interface FigureItem {
  outlet: string;
  text: string;
  kind: FigureKind;
  value: number;
  unit: string;
  qualifier: string | null;
  /** What the qualifier makes of the figure: a floor ("exceeded"), a ceiling ("up to"), an approximation ("about"); null when plain. */
  bound: FigureBound | null;
  /** The words that say what period it covers, as printed ("annually", "since the start of the Ukraine conflict"); empty when none. */
  period: string[];
  sentence: string;
  block: BlockRef;
  /** What the reader is told beside it: the period as printed, and the other event it was reported at. */
  context: string | null;
}

export interface FigureGroup {
  id: string;
  label: string;
  items: FigureItem[];
}

/** Words as an outlet printed them, found in one paragraph, and how often there. */
export interface WordsFound {
  /** Exactly as printed (quote marks and dashes as in the article). */
  text: string;
  count: number;
  block: BlockRef;
  /** Where each occurrence starts in the paragraph's text. */
  starts: number[];
}

export interface CountCell {
  count: number;
  blocks: BlockRef[];
  /** Every distinct wording matched, per paragraph, in the order of the text. */
  words: WordsFound[];
}

export interface WordChoiceRow {
  id: string;
  label: string;
  description: string;
  variants: { label: string; cells: Record<string, CountCell> }[];
}

export interface SourceRow {
  id: string;
  label: string;
  cells: Record<string, CountCell>;
}

export interface SharedRow {
  a: string;
  b: string;
  words: number;
  /** As the first outlet prints it. */
  text: string;
  /** As the second prints it. */
  textB: string;
  aBlock: string;
  bBlock: string;
}

export interface Comparison {
  event: { id: string; title: string; date: string };
  columns: Column[];
  topics: TopicRow[];
  statements: StatementRow[];
  figures: FigureGroup[];
  wordChoice: WordChoiceRow[];
  sources: SourceRow[];
  sharedWording: SharedRow[];
}

export class ComparisonError extends Error {
  override name = 'ComparisonError';
}
