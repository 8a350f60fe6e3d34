/**
 * What of a saved page did not reach the copy: each block of the page whose
 * text is nowhere in the copy (menus, trending lists, related stories,
 * footers…), named by its heading, and every sentence of the article's own
 * part of the page (from its first kept paragraph's container to its last)
 * that is not in the copy, so the editor can check each against the page.
 */
import { countWords } from '../lib/blocks.ts';

export interface LeftOut {
  /** What the block is, by its role or tag, its class, and its heading or first words. */
  label: string;
  words: number;
  /** Its sentences that are not in the copy. */
  sentences: string[];
  /** Whether it lies within the article's part of the page. */
  inArticle: boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'IMG',
  'LABEL',
  'DEL',
  'INS',
]);

const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether `text` holds `part` as whole words (never "Tech" inside "Technology"). */
function holds(text: string, part: string): boolean {
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) {
    const starts = !word(part[0]) || !word(text[i - 1]);
    const ends = !word(part.at(-1)) || !word(text[i + part.length]);
    if (starts && ends) return true;
  }
  return false;
}

/** Enough words that finding them in the copy says the block was copied, not that a menu item shares a word with it. */
const EVIDENCE_WORDS = 4;

/** Visible text, a line break between blocks (so sentences of two paragraphs never run together). */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (SKIP.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden')) return '';
  if (element.tagName.toUpperCase() === 'BR') return '\n';
  const inner = [...element.childNodes].map(visibleText).join('');
  return INLINE.has(element.tagName.toUpperCase()) ? inner : `\n${inner}\n`;
}

const hasBlockChild = (element: Element) =>
  [...element.children].some((c) => !INLINE.has(c.tagName.toUpperCase()) && !SKIP.has(c.tagName.toUpperCase()));

const ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  dialog: 'dialog',
  alertdialog: 'dialog',
  search: 'search',
  region: 'section',
};
const TAGS: Record<string, string> = {
  NAV: 'navigation',
  HEADER: 'header',
  FOOTER: 'footer',
  ASIDE: 'aside',
  FORM: 'form',
  DIALOG: 'dialog',
  FIGURE: 'figure',
  FIGCAPTION: 'caption',
  SECTION: 'section',
  UL: 'list',
  OL: 'list',
  LI: 'list item',
  P: 'paragraph',
  BLOCKQUOTE: 'quote',
  TABLE: 'table',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
};

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** "aside (.trending) "Trending now"": what the block is, its class, and its heading or first words. */
function describe(element: Element, text: string, loose: boolean): string {
  const kind = ROLES[element.getAttribute('role') ?? ''] ?? TAGS[element.tagName.toUpperCase()] ?? 'block';
  const id = element.getAttribute('id');
  const className = element.getAttribute('class')?.trim().split(/\s+/)[0];
  const mark = className ? ` (.${className})` : id ? ` (#${id})` : '';
  if (loose) return `text in ${kind}${mark} "${shorten(text)}"`;
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6, legend, [role="heading"]');
  const name = element.getAttribute('aria-label')?.trim() || (heading ? normaliseSpace(heading.textContent ?? '') : '') || normaliseSpace(text);
  return `${kind}${mark}${name ? ` "${shorten(name)}"` : ''}`;
}

/**
 * The blocks of `document` not in the copy. `copy` is all the copy's text
 * (frontmatter values too, so a headline moved there counts as kept);
 * `body` only the article text, which places the article on the page.
 */
export function survey(document: Document, copy: string, body: string, language = 'en'): LeftOut[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const copyText = normaliseSpace(copy);
  const bodyText = normaliseSpace(body);
  const sentencesOf = (text: string) =>
    text
      .split('\n')
      .flatMap((line) => [...segmenter.segment(line)].map((s) => normaliseSpace(s.segment)))
      .filter((s) => /[\p{L}\p{N}]/u.test(s));

  const dropped: { element: Element; text: string; sentences: string[]; loose?: boolean }[] = [];
  const keptInBody: Element[] = [];
  const walk = (element: Element) => {
    const text = visibleText(element);
    const sentences = sentencesOf(text);
    if (sentences.length === 0) return;
    const missing = sentences.filter((s) => !holds(copyText, s));
    // Only the article's text shows a block was copied: a headline repeated in a "Recent posts" list does not.
    const evidence = sentences.filter((s) => holds(bodyText, s) && countWords(s) >= EVIDENCE_WORDS);
    const inBody = evidence.length > 0;
    if (missing.length === 0) {
      if (inBody) keptInBody.push(element);
      return;
    }
    if (evidence.length === 0 || !hasBlockChild(element)) {
      if (inBody) keptInBody.push(element);
      dropped.push({ element, text: normaliseSpace(text), sentences: missing });
      return;
    }
    // Partly kept: look inside. Text directly in this element (not in a child block) is judged here.
    const loose = [...element.childNodes]
      .filter((n) => n.nodeType === 3 || (n.nodeType === 1 && INLINE.has((n as Element).tagName.toUpperCase())))
      .map(visibleText)
      .join('');
    const looseMissing = sentencesOf(loose).filter((s) => !holds(copyText, s));
    if (looseMissing.length) dropped.push({ element, text: normaliseSpace(loose), sentences: looseMissing, loose: true });
    for (const child of element.children) if (!INLINE.has(child.tagName.toUpperCase())) walk(child);
  };
  if (document.body) walk(document.body);

  // The article's part of the page: the nearest element holding every block the copy kept.
  let article: Element | undefined = keptInBody[0]?.parentElement ?? undefined;
  while (article && !keptInBody.every((k) => article!.contains(k))) article = article.parentElement ?? undefined;

  return dropped.map(({ element, text, sentences, loose }) => ({
    label: describe(element, text, loose === true),
    words: countWords(sentences.join(' ')),
    sentences,
    inArticle: article !== undefined && article.contains(element),
  }));
}
