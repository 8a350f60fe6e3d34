/**
 * A content folder read without Astro and handed to the same corpus module
 * the build uses (src/lib/corpus/): so unit tests run the real join, checks
 * and comparison on a small frozen fixture corpus (tests/fixtures/corpus/)
 * or on content/, with no second join here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { ComparisonInput } from '../../src/lib/comparison/index.ts';
import {
  checkedText,
  comparisonInput as toComparisonInput,
  DATE_FIELDS,
  joinCorpus,
  primaryArticle,
  type ArticleEntry,
  type ComparisonLists,
  type Corpus,
  type CorpusEntries,
  type Entry,
} from '../../src/lib/corpus/index.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { measureSchema, sourceSchema, statementSchema, topicSchema, wordChoiceSchema } from '../../src/schemas/comparison.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { root } from './build.ts';
import { contentDir } from './site.ts';

/** The frozen fixture corpus: 3 outlets, 2 events, 4 short articles, small comparison lists. */
export const fixtureCorpus = path.join(root, 'tests/fixtures/corpus');

const articles = articleSchema(() => z.string());
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses with a schema, or throws naming the file and the fields, as the build would. */
function checked<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

function yamlEntries<T>(dir: string, folder: string, schema: z.ZodType<T>, dateFields: readonly string[]): Entry<T>[] {
  return readdirSync(path.join(dir, folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => {
      const file = path.relative(root, path.join(dir, folder, name));
      const text = checkedText(file, readFileSync(path.join(root, file)), dateFields);
      return { id: name.replace(/\.ya?ml$/, ''), file, data: checked(schema, parse(text), file) };
    });
}

/** The entries of a content folder, as src/data/content.ts hands them over (without rendered blocks: the body is parsed). */
export function readEntries(dir = contentDir): CorpusEntries {
  return {
    outlets: yamlEntries(dir, 'outlets', outletSchema, DATE_FIELDS.outlet),
    events: yamlEntries(dir, 'events', eventSchema, DATE_FIELDS.event),
    articles: readdirSync(path.join(dir, 'articles'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((name): ArticleEntry => {
        const file = path.relative(root, path.join(dir, 'articles', name));
        const text = checkedText(file, readFileSync(path.join(root, file)), DATE_FIELDS.article);
        const match = FRONTMATTER.exec(text);
        if (!match) throw new Error(`${file} has no frontmatter`);
        const data = checked(articles, parse(match[1] ?? ''), file);
        return { id: name.slice(0, -3), file, data: { ...data, outlet: String(data.outlet), event: String(data.event) }, body: match[2] ?? '', text };
      }),
  };
}

/** The curated lists of a content folder, each in its file's order. */
export function readLists(dir = contentDir): ComparisonLists {
  const list = <T extends object>(name: string, schema: z.ZodType<T>) => {
    const file = path.relative(root, path.join(dir, 'comparison', name));
    const items = (parse(readFileSync(path.join(root, file), 'utf8')) ?? []) as { id: string }[];
    return items.map(({ id, ...rest }) => ({ id, ...checked(schema, rest, `${file}: entry "${id}"`) }));
  };
  return {
    topics: list('topics.yaml', topicSchema),
    statements: list('statements.yaml', statementSchema),
    wordChoices: list('word-choice.yaml', wordChoiceSchema),
    sources: list('sources.yaml', sourceSchema),
    measures: list('figures.yaml', measureSchema),
    statementsFile: path.relative(root, path.join(dir, 'comparison', 'statements.yaml')),
  };
}

/** A content folder's corpus, joined and checked by the build's own module. */
export function readCorpus(dir = contentDir): Corpus {
  return joinCorpus(readEntries(dir));
}

/** The comparison's input for one edition of a content folder (the newest when no event is named), as the build makes it. */
export function comparisonInput(dir = contentDir, eventId?: string): ComparisonInput {
  return toComparisonInput(readCorpus(dir), readLists(dir), eventId);
}

/**
 * Every outlet's primary article as a column, against the newest edition's
 * event, with every curated statement: each article read by the same
 * analyses at once, as the gold readings check them. The site compares one
 * edition at a time (comparisonInput); the comparison itself takes columns on
 * any event and says "other event" where a statement is not theirs.
 */
export function allOutletsInput(dir = contentDir): ComparisonInput {
  const corpus = readCorpus(dir);
  const lists = readLists(dir);
  const editions = corpus.editions.map((e) => toComparisonInput(corpus, lists, e.event.id));
  const primary = new Set(corpus.outlets.map((o) => primaryArticle(o).id));
  const columns = editions.flatMap((e) => e.columns).filter((c) => primary.has(c.articleId));
  const order = corpus.outlets.map((o) => o.id);
  return {
    ...editions[0]!,
    columns: columns.sort((a, b) => order.indexOf(a.outletId) - order.indexOf(b.outletId)),
    statements: lists.statements,
  };
}
