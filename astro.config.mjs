// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import process from 'node:process';
import { defineConfig } from 'astro/config';
import rehypeBlockAnchors from './src/plugins/rehype-block-anchors.ts';
import remarkBlockIds from './src/plugins/remark-block-ids.ts';
import remarkDemoteHeadings from './src/plugins/remark-demote-headings.ts';
import remarkPlainArticle from './src/plugins/remark-plain-article.ts';
import { DEFAULT_SITE_URL } from './src/lib/consts.ts';

// The public address pages declare as canonical; set PARALLAX_SITE when deploying.
const site = process.env.PARALLAX_SITE || DEFAULT_SITE_URL;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles inline: a page renders from its first response, with no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The build script (src/build/build.ts) points this at a fresh folder, so a failed build never touches dist/.
  outDir: process.env.PARALLAX_OUT_DIR || './dist',
  // The build script keys the cache by content folder and rendering code (see src/build/build.ts).
  cacheDir: process.env.PARALLAX_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // Pages only: not the 404 page, the data files, images or the manifest.
  integrations: [sitemap({ filter: (page) => page.endsWith('/') && !page.includes('/404') })],
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
    // Articles are verbatim copies: no SmartyPants (it would rewrite quotes and dashes) and no GFM
    // (autolinked addresses and tables are not in the captures).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkPlainArticle, remarkBlockIds, [remarkDemoteHeadings, { top: 3 }]],
      rehypePlugins: [rehypeBlockAnchors],
    }),
    syntaxHighlight: false,
  },
});
