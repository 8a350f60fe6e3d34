/**
 * How an article's Markdown becomes HTML: Astro's unified processor with our
 * plugins, no GFM and no SmartyPants (articles are verbatim copies: SmartyPants
 * would rewrite quotes and dashes; autolinked addresses and tables are not in
 * the captures). astro.config.mjs gives it to Astro, and src/data/content.ts
 * renders each article page's body with it (src/data/article-loader.ts says
 * why the content store does not keep the HTML).
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeBlockAnchors from './rehype-block-anchors.ts';
import remarkBlockIds from './remark-block-ids.ts';
import remarkDemoteHeadings from './remark-demote-headings.ts';
import remarkPlainArticle from './remark-plain-article.ts';

export const articleMarkdown = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkPlainArticle, remarkBlockIds, [remarkDemoteHeadings, { top: 3 }]],
  rehypePlugins: [rehypeBlockAnchors],
});

/** The options Astro shares with the processor, as astro.config.mjs sets them. */
export const ARTICLE_MARKDOWN_SHARED = { syntaxHighlight: false } as const;
