/** The built site under test: dist/ (or PARALLAX_DIST), with the corpus read straight from content/. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from '../../src/build/checks.ts';
import { articleBlocks } from '../../src/lib/blocks.ts';
import { root } from './build.ts';

export const dist = path.resolve(root, process.env['PARALLAX_DIST'] || 'dist');
export const contentDir = path.resolve(root, process.env['PARALLAX_CONTENT'] || 'content');

export interface SourceArticle {
  id: string;
  outlet: string;
  event: string;
  front: Record<string, unknown>;
  body: string;
}

/** The articles as written, parsed without Astro: what the pages must show. */
export function sourceArticles(dir = contentDir): SourceArticle[] {
  return readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, 'articles', file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no frontmatter`);
      const front = parse(match[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      return { id: file.slice(0, -3), outlet: String(front['outlet']), event: String(front['event']), front, body: match[2] ?? '' };
    });
}

export function outletIds(dir = contentDir): string[] {
  return readdirSync(path.join(dir, 'outlets'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

export { articleBlocks };

/** The archive's pages in the built site: /editions/ and one page per year. */
export function archiveRoutes(): string[] {
  const years = readdirSync(path.join(dist, 'editions'), { withFileTypes: true }).filter((e) => e.isDirectory());
  return [
    '/editions/',
    ...years
      .map((e) => `/editions/${e.name}/`)
      .sort()
      .reverse(),
  ];
}

/** The built page at a route, or an error naming the route. */
export function pageAt(pages: readonly Page[], route: string): Page {
  const found = pages.find((p) => p.route === route);
  if (!found) throw new Error(`no page ${route} among the ${pages.length} built pages`);
  return found;
}
