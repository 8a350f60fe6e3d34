/**
 * The five real articles, each wrapped in a page with a site's chrome (cookie
 * notice, menu, share bar, related stories, footer, JSON-LD and Open Graph),
 * imported: the copies hold every sentence of the captured sources and add
 * none, by the project's shared fidelity tool, as the hand-made copies do.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importPage } from '../../src/import/import.ts';
import { root } from '../helpers/build.ts';

const tool = path.resolve(root, '../shared/tools/fidelity.mjs');
const articles = path.join(root, 'content/articles');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

interface Front {
  outlet: string;
  event: string;
  headline: string;
  standfirst?: string;
  byline?: string;
  dateline?: string;
  creditLine?: string;
  published: string | Date;
  url: string;
  language?: string;
}

/** A page as a news site serves it, around the article's HTML. */
function page(front: Front, body: string): string {
  const published = front.published instanceof Date ? front.published.toISOString().slice(0, 10) : front.published;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: front.headline,
    ...(front.standfirst && { description: front.standfirst }),
    ...(published !== 'undated' && { datePublished: published }),
    author: front.byline ? { '@type': 'Person', name: front.byline } : { '@type': 'Organization', name: 'Example Site' },
    publisher: { '@type': 'Organization', name: 'Example Site' },
  };
  // A credit line is printed above the article; a dateline alone, at the start of the first paragraph, as wire agencies do.
  const text = front.creditLine
    ? `<div class="credit-line">${escape(front.creditLine)}</div>\n${body}`
    : front.dateline
      ? body.replace('<p>', `<p>${escape(front.dateline)} `)
      : body;
  return `<!DOCTYPE html>
<html lang="${front.language ?? 'en'}">
<head><meta charset="utf-8"><title>${escape(front.headline)} | Example Site</title>
<link rel="canonical" href="${escape(front.url)}">
<meta property="og:site_name" content="Example Site"><meta property="og:type" content="article">
<meta property="og:title" content="${escape(front.headline)}">${front.standfirst ? `\n<meta property="og:description" content="${escape(front.standfirst)}">` : ''}
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p><button>Accept</button></div>
<header><nav aria-label="Sections"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>${escape(front.headline)}</h1>${front.standfirst ? `\n<p class="lead">${escape(front.standfirst)}</p>` : ''}
<div class="share-bar"><a href="https://x.example/share">Share on X</a> <a href="https://facebook.example/share">Share on Facebook</a></div>
<div class="article-text">
${text}
</div>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets steady after the holiday</a></li><li><a href="/b">Weather: snow expected on Friday</a></li></ul></aside>
</article></main>
<footer><p>© 2026 Example Site. All rights reserved.</p></footer>
</body></html>`;
}

let content: string | undefined;
afterAll(() => (content ? rm(content, { recursive: true, force: true }) : undefined));

describe('importing pages that hold the real articles', () => {
  it('keeps every sentence of the captured sources and adds none', async () => {
    content = await mkdtemp(path.join(tmpdir(), 'parallax-import-fidelity-'));
    const pages = path.join(content, 'pages');
    await mkdir(path.join(content, 'events'), { recursive: true });
    await mkdir(pages);
    const toHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
    const names = (await readdir(articles)).filter((n) => n.endsWith('.md')).sort();
    for (const name of names) {
      const [, frontText = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await readFile(path.join(articles, name), 'utf8')) ?? [];
      const front = parse(frontText) as Front;
      await writeFile(path.join(content, 'events', `${front.event}.yaml`), 'title: An event\ndate: 2026-02-04\ndescription: An event.\n');
      const file = path.join(pages, `${front.outlet}.html`);
      await writeFile(file, page(front, String(await toHtml.process(body))));
      const result = await importPage({ page: file, outlet: front.outlet, event: front.event, contentRoot: content, root, captured: '2026-02-05' });
      expect(result.problems, name).toEqual([]);
      // The related list, share bar and cookie notice are named as left out, not copied.
      expect(
        result.leftOut.map((l) => l.label),
        name,
      ).toEqual(expect.arrayContaining([expect.stringContaining('"Related stories"'), expect.stringContaining('(.share-bar)')]));
    }
    const report = JSON.parse(
      execFileSync(
        process.execPath,
        [tool, path.join(content, 'articles'), '--json', '--ignore', path.join(root, 'tests/fixtures/fidelity-chrome.txt')],
        {
          cwd: root,
          encoding: 'utf8',
        },
      ),
    ) as { source: string; copy: string | null; sentences: number; found: number; missing: string[]; added: string[] }[];
    expect(report).toHaveLength(5);
    for (const r of report) {
      expect({ source: r.source, missing: r.missing, added: r.added }).toEqual({ source: r.source, missing: [], added: [] });
      expect(r.found, r.source).toBe(r.sentences);
    }
  });
});
