/**
 * The article of a saved page, as the Markdown body of a copy. Mozilla's
 * Readability (Firefox's Reader View) finds the article; unified turns its
 * HTML into Markdown (rehype-parse, rehype-remark, remark-stringify). Between
 * them, what a copy never holds is taken out: images, figures and their
 * captions, embeds, forms, tables, share bars, "read more" boxes and
 * advertising; links become their text and emphasis plain text, since
 * copies are plain text. Every word kept is kept as the page has it.
 */
import { Readability } from '@mozilla/readability';
import type { Element as HastElement, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { parseHTML } from 'linkedom';
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toString as hastText } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

export interface Extracted {
  /** The Markdown body, ending in one newline. */
  markdown: string;
  /** The body as a tree (before stringifying), to check the Markdown against. */
  tree: Root;
  /** The summary printed above the article, when its first block is the page's own description of it. */
  standfirst?: string;
}

/** Elements that are never text of a copy. */
const NOT_TEXT = new Set(
  `figure table hr img picture source video audio track iframe embed object svg canvas math
   script style noscript template form button input select textarea map dialog`.split(/\s+/),
);

/**
 * Words in class names and ids that mark a site's furniture inside an
 * article's column: Readability keeps some of it when the name also says
 * "article" or "content" ("article-related", "content-share").
 */
const CHROME_WORDS = new Set(
  [
    'ad ads advert adverts advertisement advertising sponsored promo promotion adsbygoogle dfp outbrain taboola',
    'newsletter paywall subscribe subscription share sharing sharebar social tweet twitter instagram tiktok embed',
    'related readmore readalso readnext recirc recirculation tags breadcrumb breadcrumbs cookie cookies consent gdpr',
    'byline author meta disclaimer caption credit credits image img photo gallery video player',
    // Text for screen readers only: not printed on the page.
    'screenreader sronly visuallyhidden offscreen',
    // The line of date, source and reporters above an article ("info", "article-info"): the frontmatter holds it.
    'info',
  ]
    .join(' ')
    .split(' '),
);

/** Elements whose text is a run of article text: a named element inside one is part of a sentence, never furniture. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, td, dd';
const TEXT_TAGS = new Set(TEXT_BLOCKS.split(', '));

/** The words of class names and an id: "readMore", "read-more", "read_more" and "readmore" all give "readmore". */
function nameWords(names: string[]): string[] {
  return names.flatMap((n) => {
    const words = n
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return [...words, ...words.slice(1).map((w, i) => words[i] + w)];
  });
}

const classWords = (element: HastElement): string[] =>
  nameWords([...[element.properties['className'] ?? []].flat(), element.properties['id'] ?? ''].map(String));

/**
 * Takes the site's furniture out of the page before Readability reads it:
 * Readability merges a block that holds one paragraph into that paragraph,
 * losing the block's class, so a caption or credit line in a "caption" block
 * would reach the copy as text. A block holding two paragraphs, or one long
 * one, is never taken here, whatever its name: article text is.
 */
function dropFurniture(document: Document): void {
  for (const element of [...document.body.querySelectorAll('[class], [id]')]) {
    if (!element.isConnected || element.parentElement?.closest(TEXT_BLOCKS)) continue;
    const words = nameWords([element.getAttribute('class') ?? '', element.getAttribute('id') ?? '']);
    if (!words.some((w) => CHROME_WORDS.has(w))) continue;
    const paragraphs = [...element.querySelectorAll('p')];
    if (paragraphs.length >= 2 || paragraphs.some((p) => (p.textContent ?? '').trim().length >= 150)) continue;
    element.remove();
  }
}

const isElement = (node: HastContent | ElementContent | HastRoot): node is HastElement => node.type === 'element';
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * A block that only points elsewhere: all its words are link text, apart
 * from at most a short label ending in a colon ("Read more:", "Related:",
 * "Читайте также:"). Such blocks are "read more" boxes, not article text.
 */
function isLinkBox(element: HastElement): boolean {
  if (!['p', 'div', 'li', 'ul', 'ol', 'section', 'aside'].includes(element.tagName)) return false;
  let linked = '';
  let rest = '';
  const walk = (node: ElementContent, inLink: boolean) => {
    if (node.type === 'text') {
      if (inLink) linked += node.value;
      else rest += node.value;
    } else if (node.type === 'element') node.children.forEach((c) => walk(c, inLink || node.tagName === 'a'));
  };
  element.children.forEach((c) => walk(c, false));
  if (!hasWords(linked)) return false;
  const label = rest.replace(/\s+/g, ' ').trim();
  return !hasWords(label) || (/[:：]$/.test(label) && label.split(' ').length <= 4);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether every word of an element is the text of a link to another page (not a #fragment of this one). */
function allLinked(element: HastElement): boolean {
  let loose = false;
  let linked = false;
  const walk = (node: ElementContent, link: boolean) => {
    if (node.type === 'text' && hasWords(node.value)) {
      if (link) linked = true;
      else loose = true;
    } else if (node.type === 'element') {
      const href = node.tagName === 'a' ? String(node.properties['href'] ?? '') : '';
      node.children.forEach((c) => walk(c, link || (node.tagName === 'a' && !href.startsWith('#'))));
    }
  };
  element.children.forEach((c) => walk(c, false));
  return linked && !loose;
}

/**
 * A teaser for another story ("Read next", "More news" cards): a block whose
 * one heading is a link elsewhere, with at most a short excerpt beside it.
 */
function isTeaser(element: HastElement): boolean {
  if (!['article', 'li', 'div', 'section', 'aside'].includes(element.tagName)) return false;
  let linked = 0;
  let headings = 0;
  let paragraphs = 0;
  const walk = (node: ElementContent, inLink: boolean) => {
    if (node.type !== 'element') return;
    const link = inLink || (node.tagName === 'a' && !String(node.properties['href'] ?? '').startsWith('#'));
    if (HEADINGS.has(node.tagName)) {
      headings += 1;
      if (link || allLinked(node)) linked += 1;
    } else {
      if (node.tagName === 'p') paragraphs += 1;
      node.children.forEach((c) => walk(c, link));
    }
  };
  element.children.forEach((c) => walk(c, false));
  return headings === 1 && linked === 1 && paragraphs <= 1 && hastText(element).trim().split(/\s+/).length <= 60;
}

/**
 * rehype plugin: takes out of the article what a copy never holds. What it
 * takes is reported from the page itself (see survey.ts), with its context.
 */
function rehypeDropChrome(options: { headline?: string }) {
  const paragraphs = (element: HastElement): string[] => {
    const found: string[] = [];
    const walk = (node: ElementContent) => {
      if (node.type !== 'element') return;
      if (node.tagName === 'p') found.push(hastText(node).trim());
      else node.children.forEach(walk);
    };
    walk(element);
    return found;
  };
  // As in dropFurniture: a block with two paragraphs, or a long one, is article text whatever its name.
  const furniture = (element: HastElement) => {
    if (!classWords(element).some((w) => CHROME_WORDS.has(w))) return false;
    const texts = paragraphs(element);
    return texts.length < 2 && !texts.some((t) => t.length >= 150);
  };
  const clean = (parent: HastRoot | HastElement, inText: boolean) => {
    parent.children = (parent.children as HastContent[]).filter((child) => {
      if (child.type === 'comment' || child.type === 'doctype') return false;
      if (!isElement(child)) return true;
      if (NOT_TEXT.has(child.tagName)) return false;
      if (!inText) {
        if (child.properties['hidden'] !== undefined && child.properties['hidden'] !== false) return false;
        if (furniture(child) || isLinkBox(child) || isTeaser(child)) return false;
        // The headline printed again at the top of the article: the frontmatter holds it.
        if (HEADINGS.has(child.tagName) && options.headline && hastText(child).replace(/\s+/g, ' ').trim() === options.headline) return false;
      }
      clean(child, inText || TEXT_TAGS.has(child.tagName));
      return true;
    }) as typeof parent.children;
  };
  return (tree: HastRoot) => clean(tree, false);
}

/** Phrasing as plain text: links, emphasis and code become their text; images go; a line break stays a line break. */
function plainPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const push = (value: string) => {
    const last = out.at(-1);
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  const walk = (node: PhrasingContent) => {
    if (node.type === 'text' || node.type === 'inlineCode') push(node.value);
    else if (node.type === 'break') push('\n');
    else if ('children' in node) (node.children as PhrasingContent[]).forEach(walk);
  };
  nodes.forEach(walk);
  // Whitespace at a block's edges is not printed.
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** remark plugin: the tree a copy may hold (headings, paragraphs, lists, quotes), its headings starting at ##. */
function remarkPlainCopy() {
  const blocks = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((node): RootContent[] => {
      switch (node.type) {
        case 'heading':
        case 'paragraph': {
          const children = plainPhrasing(node.children);
          return children.length ? [{ ...node, children } as Heading | Paragraph] : [];
        }
        case 'code':
          return node.value.trim() ? [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }] : [];
        case 'list': {
          const items = node.children.map((item) => ({ ...item, children: blocks(item.children) as typeof item.children }));
          const kept = items.filter((i) => i.children.length > 0);
          return kept.length ? [{ ...node, spread: false, children: kept.map((i) => ({ ...i, spread: false })) }] : [];
        }
        case 'blockquote': {
          const children = blocks(node.children) as typeof node.children;
          return children.length ? [{ ...node, children }] : [];
        }
        default:
          return [];
      }
    });
  return (tree: Root): Root => {
    tree.children = blocks(tree.children);
    let top = 7;
    const headings: Heading[] = [];
    const find = (node: Nodes) => {
      if (node.type === 'heading') {
        headings.push(node);
        top = Math.min(top, node.depth);
      } else if ('children' in node) (node.children as Nodes[]).forEach(find);
    };
    find(tree);
    for (const h of headings) h.depth = Math.min(6, h.depth - top + 2) as Heading['depth'];
    // A heading with nothing after it heads no text of the article ("Post navigation", "Comments").
    while (tree.children.at(-1)?.type === 'heading') tree.children.pop();
    return tree;
  };
}

const STRINGIFY: StringifyOptions = { bullet: '-', listItemIndent: 'one', rule: '-', fences: true };

/**
 * The article of a page as a copy's Markdown body, or undefined when the page
 * holds no article text. A first block that is word for word the page's
 * `description` is the standfirst printed above the article: it is returned
 * apart, for the frontmatter.
 */
export function extractArticle(html: string, known: { headline?: string | undefined; description?: string | undefined } = {}): Extracted | undefined {
  const { description } = known;
  // Readability changes the document it reads: it gets a parse of its own.
  const { document } = parseHTML(html);
  dropFurniture(document as unknown as Document);
  const found = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  if (!found?.content) return undefined;
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeDropChrome, { ...(known.headline && { headline: known.headline }) })
    .use(rehypeRemark)
    .use(remarkPlainCopy)
    .use(remarkStringify, STRINGIFY);
  const tree = processor.runSync(processor.parse(found.content)) as Root;
  if (!tree.children.some((n) => n.type === 'paragraph' || n.type === 'list' || n.type === 'blockquote')) return undefined;
  const first = tree.children[0];
  let standfirst: string | undefined;
  if (description && first?.type === 'paragraph' && tree.children.length > 1 && toString(first).replace(/\s+/g, ' ').trim() === description) {
    standfirst = description;
    tree.children.shift();
  }
  const markdown = processor.stringify(tree);
  return { markdown: markdown.endsWith('\n') ? markdown : `${markdown}\n`, tree, ...(standfirst && { standfirst }) };
}
