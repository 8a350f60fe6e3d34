/**
 * The aligner's input read straight from a content folder, without Astro:
 * for the benchmark and the tests. The site's build reads the same files
 * through the collections (src/data/alignment.ts); both parse the body with
 * `articleBlocks`, so paragraph ids are the site's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleBlocks } from '../lib/blocks.ts';
import type { AlignArticle, AlignStatement } from '../lib/align/align.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Every article of a content folder, with its blocks (the standfirst first, as on the site). */
export function readArticles(dir: string): AlignArticle[] {
  return readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, 'articles', file), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${path.join(dir, 'articles', file)}: frontmatter: is missing: start the file with --- and the fields`);
      const front = parse(match[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      const blocks = articleBlocks(match[2] ?? '').map((b) => ({ id: b.id, kind: b.kind, text: b.text }));
      if (typeof front['standfirst'] === 'string') blocks.unshift({ id: 'standfirst', kind: 'standfirst', text: front['standfirst'] });
      return { outlet: String(front['outlet']), article: file.slice(0, -3), event: String(front['event']), blocks };
    });
}

/** The curated statements of a content folder (none when it has no statements.yaml). */
export function readStatements(dir: string): AlignStatement[] {
  const file = path.join(dir, 'comparison', 'statements.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return ((parse(text) as AlignStatement[] | null) ?? []).map((s) => ({ id: s.id, label: s.label, event: s.event, renderings: s.renderings }));
}
