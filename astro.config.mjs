// @ts-check
import sitemap from '@astrojs/sitemap';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { defineConfig } from 'astro/config';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { URL } from 'node:url';
import { incrementalEditions, taken } from './src/build/incremental.ts';
import { ARTICLE_MARKDOWN_SHARED, articleMarkdown } from './src/plugins/article-markdown.ts';
import { DEFAULT_SITE_URL } from './src/lib/consts.ts';
import { ALIAS_ROUTES } from './src/lib/paths.ts';

// The public address pages declare as canonical; set PARALLAX_SITE when deploying.
const site = process.env.PARALLAX_SITE || DEFAULT_SITE_URL;
const outDir = process.env.PARALLAX_OUT_DIR || './dist';

/**
 * <lastmod> for each page from the built JSON Feed (src/lib/feed.ts), which dates every article and edition from
 * its content: the article pages and the editions' pages by their entries, / by the newest entry.
 * @type {Map<string, string> | undefined}
 */
let lastmods;
/** @param {string} url */
function lastmod(url) {
  if (!lastmods) {
    /** @type {{ items: { url: string; date_modified: string }[] }} */
    const feed = JSON.parse(readFileSync(path.resolve(outDir, 'feed.json'), 'utf8'));
    lastmods = new Map(feed.items.map((item) => [item.url, item.date_modified]));
    const newest = feed.items
      .map((item) => item.date_modified)
      .sort()
      .at(-1);
    if (newest) lastmods.set(new URL('/', site).href, newest);
  }
  return lastmods.get(url);
}

/**
 * Whether a built page asks not to be indexed (<meta name="robots" content="noindex">): the 404 and offline pages,
 * and an older edition's row address, which sends the reader on to the row on its edition's page.
 * @param {string} url
 */
function noindex(url) {
  // The page's start only (the tag comes after charset, viewport and title): at 10,000 articles the pages are 2.4 GB.
  const head = Buffer.alloc(8192);
  let fd;
  try {
    fd = openSync(path.resolve(outDir, `.${new URL(url).pathname}`, 'index.html'), 'r');
    const read = readSync(fd, head, 0, head.length, 0);
    return /<meta name="robots" content="noindex"/.test(head.toString('utf8', 0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles inline: a page renders from its first response, with no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The build script (src/build/build.ts) points this at a fresh folder, so a failed build never touches dist/.
  outDir,
  // The build script keys the cache by content folder and rendering code (see src/build/build.ts).
  cacheDir: process.env.PARALLAX_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // Pages only: not those that ask not to be indexed (the 404 and offline pages, an older edition's row address), the data files, images or the manifest; and canonical addresses only
  // (/compare/ is the newest edition's page at a stable address, canonical to /events/<id>/, which is listed).
  integrations: [
    // An incremental build's unchanged editions (src/build/incremental.ts), taken before the sitemap lists the pages.
    incrementalEditions(),
    sitemap({
      // The pages of the editions taken from the last build, which Astro did not render this time.
      get customPages() {
        return taken.pages.map((page) => new URL(page, site).href);
      },
      filter: (page) => page.endsWith('/') && !ALIAS_ROUTES.includes(new URL(page).pathname) && !noindex(page),
      serialize: (item) => {
        const date = lastmod(item.url);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
  // Content-Security-Policy in every page: Astro hashes the scripts and styles it emits, so
  // neither needs 'unsafe-inline'. Pagefind compiles WebAssembly and runs a worker from this origin.
  // The build copies the policy (plus frame-ancestors, which a <meta> cannot carry) into dist/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // src/plugins/article-markdown.ts: the same processor renders each article page's body (src/data/content.ts).
    processor: articleMarkdown,
    syntaxHighlight: ARTICLE_MARKDOWN_SHARED.syntaxHighlight,
  },
});
