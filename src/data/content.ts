/**
 * The one module that reads the collections. It reads each content file's
 * bytes for what a schema cannot see (size, encoding, rolled-over dates),
 * hands the entries as plain data to the corpus module (src/lib/corpus/),
 * which joins and checks them, and gives the pages the result, computed once
 * per build. Every error names the file and the fix.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import { ARTICLE_MARKDOWN_SHARED, articleMarkdown } from '../plugins/article-markdown.ts';
import { DEFAULT_STATEMENTS_FILE, type Comparison } from '../lib/comparison/index.ts';
import {
  checkCorpusStatements,
  checkedText,
  compareCorpus,
  DATE_FIELDS,
  joinCorpus,
  type Article,
  type ArticleEntry,
  type ComparisonLists,
  type Corpus,
} from '../lib/corpus/index.ts';
import { idsInFileOrder } from './list-loader.ts';
import { spillMemo } from './spill.ts';

export { primaryArticle, type Article, type Corpus, type Event, type Outlet } from '../lib/corpus/index.ts';

/** A file's text, checked; entries without a file (none, with our loaders) are not read. */
const fileText = async (file: string | undefined, dateFields: readonly string[]) =>
  file ? checkedText(file, await readFile(file), dateFields) : undefined;

/** A Markdown file's front matter and body, split as Astro's Markdown loader splits them. */
function markdownOf(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return { frontmatter, body: content.trim() };
}

const refId = (value: unknown): string => (typeof value === 'string' ? value : (value as { id: string }).id);

let corpusCache: Promise<{ corpus: Corpus; bodies: Map<string, string> }> | undefined;

async function readCorpus() {
  const [outlets, events, articles] = await Promise.all([getCollection('outlets'), getCollection('events'), getCollection('articles')]);
  const [, , texts] = await Promise.all([
    Promise.all(outlets.map((e) => fileText(e.filePath, DATE_FIELDS.outlet))),
    Promise.all(events.map((e) => fileText(e.filePath, DATE_FIELDS.event))),
    Promise.all(articles.map((e) => fileText(e.filePath, DATE_FIELDS.article))),
  ]);
  // The collection does not keep the body (content.config.ts): it is taken from the file.
  const bodies = articles.map((a, i) => a.body ?? (texts[i] === undefined ? '' : markdownOf(texts[i]).body));
  const corpus = joinCorpus({
    outlets: outlets.map((o) => ({ id: o.id, file: o.filePath ?? `content/outlets/${o.id}.yaml`, data: o.data })),
    events: events.map((e) => ({ id: e.id, file: e.filePath ?? `content/events/${e.id}.yaml`, data: e.data })),
    articles: articles.map((a, i): ArticleEntry => ({
      id: a.id,
      file: a.filePath ?? `content/articles/${a.id}.md`,
      data: { ...a.data, outlet: refId(a.data.outlet), event: refId(a.data.event) },
      body: bodies[i]!,
      text: texts[i],
      // Parsed from the body by the corpus module (remark-block-ids says why the renderer does not pass them on).
      renderFailed: !a.rendered,
    })),
  });
  const digests = new Map(articles.map((a, i) => [a.id, createHash('sha256').update(bodies[i]!).digest('hex')]));
  return { corpus, bodies: digests };
}

/** The whole corpus, loaded and checked once per build. */
export async function loadCorpus(): Promise<Corpus> {
  corpusCache ??= readCorpus();
  return (await corpusCache).corpus;
}

/** Each article's body (its Markdown below the front matter) as a SHA-256 digest, by article id: what an incremental build compares. */
export async function loadBodyDigests(): Promise<ReadonlyMap<string, string>> {
  corpusCache ??= readCorpus();
  return (await corpusCache).bodies;
}

let renderer: ReturnType<typeof articleMarkdown.createRenderer> | undefined;

/**
 * An article's rendered body (its HTML, with paragraph ids and anchors), rendered from its file when its page is
 * written, by the processor Astro renders Markdown with (the store keeps no HTML: article-loader.ts).
 */
export async function renderArticle(article: Article): Promise<string> {
  renderer ??= articleMarkdown.createRenderer(ARTICLE_MARKDOWN_SHARED);
  const file = path.resolve(article.file);
  const { frontmatter, body } = markdownOf(await readFile(file, 'utf8'));
  return (await (await renderer).render(body, { frontmatter, fileURL: pathToFileURL(file) })).code;
}

/** A list's entries in its file's order, the editor's (rows, measure priority): the store keeps entries sorted by id. */
async function inFileOrder<T extends object>(entries: { id: string; data: T; filePath?: string | undefined }[]) {
  const file = entries[0]?.filePath;
  const at = new Map((file ? await idsInFileOrder(file) : []).map((id, i) => [id, i]));
  return entries.sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0)).map((e) => ({ id: e.id, ...e.data }));
}

/** The curated statements, in their file's order (the aligner takes them as labels and overrides). */
export async function loadStatements() {
  return inFileOrder(await getCollection('statements'));
}

let listsCache: Promise<ComparisonLists> | undefined;

/** The curated lists, each in its file's order, every statement checked against the corpus once (a ComparisonError naming the file, the entry and the fix). */
function loadLists(): Promise<ComparisonLists> {
  listsCache ??= (async () => {
    const corpus = await loadCorpus();
    const [topics, statements, wordChoices, sources, measures] = await Promise.all([
      getCollection('topics').then(inFileOrder),
      getCollection('statements'),
      getCollection('wordChoices').then(inFileOrder),
      getCollection('sources').then(inFileOrder),
      getCollection('measures').then(inFileOrder),
    ]);
    const lists = {
      topics,
      statements: await inFileOrder(statements),
      wordChoices,
      sources,
      measures,
      statementsFile: statements[0]?.filePath ?? DEFAULT_STATEMENTS_FILE,
    };
    checkCorpusStatements(corpus, lists);
    return lists;
  })();
  return listsCache;
}

const comparisons = spillMemo('comparison', async (id) => compareCorpus(await loadCorpus(), await loadLists(), id));

/**
 * One edition's comparison (the newest edition's when no event is named:
 * /compare/ and /data/comparison.json), computed once per build (spill.ts:
 * only the last few used are held in memory): its columns are the articles on
 * that event, its statements those made there.
 */
export async function loadComparison(eventId?: string): Promise<Comparison> {
  return comparisons.get(eventId ?? (await loadCorpus()).mainEvent.id);
}
