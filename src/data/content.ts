/**
 * The one module that reads the collections. It joins articles to their
 * outlets and events, checks what a schema cannot see on its own (references,
 * duplicates, empty bodies, ids shared across an outlet's articles), and hands
 * plain, sorted data to the pages. Every error names the file and the fix.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleBlocks, articleLength, BlockIdError, parseMarkdown, type Block } from '../lib/blocks.ts';
import { plainTextProblems } from '../lib/plain-text.ts';
import { impossibleDates } from '../lib/raw-dates.ts';
import { inFileOrder, ORDER } from './list-loader.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { EventData } from '../schemas/event.ts';
import type { OutletData } from '../schemas/outlet.ts';
import { buildComparison, checkStatements, type ColumnInput, type Comparison } from '../lib/comparison.ts';

export interface Event extends EventData {
  id: string;
}

export interface Article extends Omit<ArticleData, 'outlet' | 'event'> {
  id: string;
  /** Path of the Markdown file, relative to the project, for messages. */
  file: string;
  outlet: Outlet;
  event: Event;
  /** Body blocks; the standfirst, when there is one, comes first with id "standfirst". */
  blocks: Block[];
  words: number;
  paragraphs: number;
  /** Whether it covers an event other than the edition's main one. */
  otherEvent: boolean;
  entry: CollectionEntry<'articles'>;
}

export interface Outlet extends OutletData {
  id: string;
  file: string;
  articles: Article[];
}

export interface Corpus {
  /** The event most articles cover: the edition's subject. */
  mainEvent: Event;
  events: Event[];
  outlets: Outlet[];
  articles: Article[];
}

export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
const refId = (value: unknown): string => (typeof value === 'string' ? value : (value as { id: string }).id);

/** A content file may be at most this big: an article copy is text, and 1 MB is some 150,000 words. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What a schema cannot see: the file's size and encoding, and dates that YAML rolled over. Returns the file's text. */
async function checkFile(file: string | undefined, dateFields: readonly string[]): Promise<string | undefined> {
  if (!file) return undefined;
  const bytes = await readFile(file);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ContentError(
      file,
      'file',
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: a content file must be under 1 MB; check that only the article's text was pasted`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(
      file,
      'encoding',
      'is not UTF-8 text: save the file as UTF-8 (the site shows it as such, and other encodings garble quotes and accents)',
    );
  }
  const [problem] = impossibleDates(text, dateFields);
  if (problem) throw new ContentError(file, problem.field, problem.message);
  return text;
}

let cache: Promise<Corpus> | undefined;

/** The whole corpus, loaded and checked once per build. */
export function loadCorpus(): Promise<Corpus> {
  cache ??= buildCorpus();
  return cache;
}

async function buildCorpus(): Promise<Corpus> {
  const [outletEntries, eventEntries, articleEntries] = await Promise.all([
    getCollection('outlets'),
    getCollection('events'),
    getCollection('articles'),
  ]);
  const [, , articleTexts] = await Promise.all([
    Promise.all(outletEntries.map((e) => checkFile(e.filePath, []))),
    Promise.all(eventEntries.map((e) => checkFile(e.filePath, ['date']))),
    Promise.all(articleEntries.map((e) => checkFile(e.filePath, ['published', 'updated', 'captured']))),
  ]);
  // Each article file as read for the checks, reused for its line numbers below.
  const rawText = new Map(articleEntries.map((e, i) => [e, articleTexts[i]]));
  if (outletEntries.length === 0) throw new ContentError('content/outlets/', 'folder', 'has no outlets: add one YAML file per outlet');
  if (articleEntries.length === 0) throw new ContentError('content/articles/', 'folder', 'has no articles: add one Markdown file per article');

  const events = new Map<string, Event>(eventEntries.map((e) => [e.id, { id: e.id, ...e.data }]));
  const outlets = new Map<string, Outlet>(
    outletEntries.map((o) => [o.id, { id: o.id, file: o.filePath ?? `content/outlets/${o.id}.yaml`, ...o.data, articles: [] }]),
  );

  const articles: Article[] = [];
  const claimed = new Map<string, string>();
  for (const entry of articleEntries.sort((a, b) => a.id.localeCompare(b.id))) {
    const file = entry.filePath ?? `content/articles/${entry.id}.md`;
    const { outlet: outletRef, event: eventRef, ...data } = entry.data;
    const outlet = outlets.get(refId(outletRef));
    if (!outlet) {
      throw new ContentError(
        file,
        'outlet',
        `"${refId(outletRef)}" is not an outlet: use one of ${[...outlets.keys()].sort().join(', ')}, or add content/outlets/${refId(outletRef)}.yaml`,
      );
    }
    const event = events.get(refId(eventRef));
    if (!event) {
      throw new ContentError(
        file,
        'event',
        `"${refId(eventRef)}" is not an event: use one of ${[...events.keys()].sort().join(', ')}, or add content/events/${refId(eventRef)}.yaml`,
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
    const body = entry.body ?? '';
    // Lines of the file before the body, so messages give the line an editor sees.
    const raw = rawText.get(entry) ?? body;
    const lineOffset = Math.max(0, raw.slice(0, raw.lastIndexOf(body)).split('\n').length - 1);
    const tree = parseMarkdown(body);
    const [unsafe] = plainTextProblems(tree);
    if (unsafe) throw new ContentError(file, 'body', `line ${unsafe.line + lineOffset}: ${unsafe.message}`);
    let blocks: Block[];
    try {
      blocks = articleBlocks(tree, lineOffset);
    } catch (error) {
      if (error instanceof BlockIdError) throw new ContentError(file, 'body', error.message);
      throw error;
    }
    if (!entry.rendered) {
      throw new ContentError(file, 'body', 'could not be rendered as Markdown: see the message printed above it');
    }
    if (blocks.filter((b) => b.kind !== 'heading').length === 0) {
      throw new ContentError(
        file,
        'body',
        'is empty: paste the article text below the frontmatter, one paragraph per block, blank lines between them',
      );
    }
    if (data.standfirst) {
      if (blocks.some((b) => b.id === 'standfirst'))
        throw new ContentError(
          file,
          'body',
          'has a paragraph with id "standfirst", which is kept for the standfirst: give that paragraph another id with {#…}',
        );
      blocks.unshift({ id: 'standfirst', kind: 'standfirst', text: data.standfirst, line: 0, number: 0, explicit: true });
    }
    const article: Article = {
      ...data,
      id: entry.id,
      file,
      outlet,
      event,
      blocks,
      ...articleLength(blocks),
      otherEvent: false,
      entry,
    };
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
    outlet.articles.sort((a, b) => b.event.date.date.getTime() - a.event.date.date.getTime());
  }

  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.event.id, (counts.get(a.event.id) ?? 0) + 1);
  const covered = [...events.values()].filter((e) => counts.has(e.id));
  const mainEvent = covered.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || b.date.date.getTime() - a.date.date.getTime())[0];
  if (!mainEvent) throw new ContentError('content/events/', 'folder', 'has no event that an article covers: add the event the articles report');
  for (const a of articles) a.otherEvent = a.event.id !== mainEvent.id;

  return {
    mainEvent,
    events: [...events.values()].sort((a, b) => b.date.date.getTime() - a.date.date.getTime()),
    outlets: [...outlets.values()].sort(byName),
    articles: articles.sort((a, b) => byName(a.outlet, b.outlet) || a.id.localeCompare(b.id)),
  };
}

let comparisonCache: Promise<Comparison> | undefined;

/** The outlet's column on /compare/: its article on the edition's event, else its latest. */
export function columnArticle(outlet: Outlet): Article {
  return outlet.articles.find((a) => !a.otherEvent) ?? outlet.articles[0]!;
}

/** The comparison across outlets, checked against the articles; computed once per build. */
export function loadComparison(): Promise<Comparison> {
  comparisonCache ??= (async () => {
    const corpus = await loadCorpus();
    const [topics, statements, wordChoices, sources, measures] = await Promise.all([
      getCollection('topics'),
      getCollection('statements'),
      getCollection('wordChoices'),
      getCollection('sources'),
      getCollection('measures'),
    ]);
    const withId = <T extends object>(entries: { id: string; data: T }[]) =>
      inFileOrder(entries).map((e) => {
        const { [ORDER]: _order, ...data } = e.data as T & { [ORDER]?: number };
        return { id: e.id, ...(data as T) };
      });
    const toColumn = (a: Article): ColumnInput => ({
      outletId: a.outlet.id,
      outletName: a.outlet.name,
      outletKind: a.outlet.kind,
      outletCountry: a.outlet.country,
      articleId: a.id,
      file: a.file,
      headline: a.headline,
      headlineSupplied: a.headlineSupplied,
      published: a.published,
      eventId: a.event.id,
      eventTitle: a.event.title,
      eventDate: a.event.date.iso,
      otherEvent: a.otherEvent,
      blocks: a.blocks,
    });
    const input = {
      event: { id: corpus.mainEvent.id, title: corpus.mainEvent.title, date: corpus.mainEvent.date.iso },
      columns: corpus.outlets.map((o) => toColumn(columnArticle(o))),
      topics: withId(topics),
      statements: withId(statements),
      wordChoices: withId(wordChoices),
      sources: withId(sources),
      measures: withId(measures),
      statementsFile: statements[0]?.filePath ?? 'content/comparison/statements.yaml',
    };
    // Throws a ComparisonError naming the file, the entry and the fix.
    checkStatements(
      input,
      corpus.articles.map(toColumn),
      corpus.outlets.map((o) => o.id),
      corpus.events.map((e) => e.id),
    );
    return buildComparison(input);
  })();
  return comparisonCache;
}
