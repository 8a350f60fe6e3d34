/**
 * The collections. The content folder is `content/` unless PARALLAX_CONTENT
 * points elsewhere (tests and benchmarks build other corpora that way).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { outletSchema } from './schemas/outlet.ts';
import { contentRoot } from './lib/paths.ts';

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
    loader: glob({ pattern: '*.md', base: `${root}/articles` }),
    schema: articleSchema(reference),
  }),
};
