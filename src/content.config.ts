/**
 * The collections. The content folder is `content/` unless PARALLAX_CONTENT
 * points elsewhere (tests and benchmarks build other corpora that way).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { outletSchema } from './schemas/outlet.ts';
import { measureSchema, sourceSchema, statementSchema, topicSchema, wordChoiceSchema } from './schemas/comparison.ts';
import { articleLoader } from './data/article-loader.ts';
import { listLoader } from './data/list-loader.ts';
import { contentRoot } from './lib/content-root.ts';

const root = contentRoot();

export const collections = {
  outlets: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/outlets` }),
    schema: outletSchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/events` }),
    schema: eventSchema,
  }),
  articles: defineCollection({
    // Neither the Markdown body nor its HTML in Astro's store (article-loader.ts says why): content.ts takes the body
    // from the file it reads anyway, and renders it for the article's page.
    loader: articleLoader({ pattern: '*.md', base: `${root}/articles`, retainBody: false }),
    schema: articleSchema(reference),
  }),
  topics: defineCollection({ loader: listLoader(`${root}/comparison/topics.yaml`), schema: topicSchema }),
  statements: defineCollection({ loader: listLoader(`${root}/comparison/statements.yaml`), schema: statementSchema }),
  wordChoices: defineCollection({ loader: listLoader(`${root}/comparison/word-choice.yaml`), schema: wordChoiceSchema }),
  sources: defineCollection({ loader: listLoader(`${root}/comparison/sources.yaml`), schema: sourceSchema }),
  measures: defineCollection({ loader: listLoader(`${root}/comparison/figures.yaml`), schema: measureSchema }),
};
