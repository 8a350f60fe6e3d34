/**
 * The built pages as a text browser shows them: w3m reads the HTML with no
 * CSS, so every label a style hides or sets on its own line is printed inline,
 * and only the page's own spaces and block elements keep words apart.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';

/** What of a parsed node the walk reads (cheerio's nodes, without importing its parser's types). */
interface AnyNode {
  type: string;
  data?: string;
  name?: string;
  children?: AnyNode[];
}

/** The page as w3m prints it, wide enough that table cells rarely wrap. */
export function w3mDump(file: string): string {
  return execFileSync('w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '400', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every text file under the folders given (content/, src/), joined: a word spelled so there is the outlets' or the site's own. */
export function ownText(...dirs: string[]): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(md|ya?ml|astro|ts)$/.test(entry.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const dir of dirs) walk(dir);
  return out.join('\n');
}

// A lower-case letter then a capital ("conferenceHeadline"), sentence punctuation then a capital ("Today.Source"),
// a number then a word ("¶1Link", "Trade5" read backwards), or a letter then a digit ("visas1").
const GLUE = /\p{Ll}\p{Lu}|[.!?:;,”)]\p{Lu}|\d\p{L}{2}|\p{L}{2}\d/u;
const EDGES = /^[\s"'“”‘’«»()[\]{},.;:!?¶§#·—–-]+|[\s"'“”‘’«»()[\]{},.;:!?·—–-]+$/gu;

/** Words in a dump that look run together and that neither the content nor the site's code spells that way. */
export function gluedWords(dump: string, own: string): string[] {
  const found = new Set<string>();
  for (const token of dump.split(/\s+/)) {
    const word = token.replace(EDGES, '');
    if (word && GLUE.test(word) && !own.includes(word)) found.add(word);
  }
  return [...found];
}

// Elements that HTML itself sets apart from their neighbours, with no CSS: a text browser puts them on their own
// line or cell. (Labels, legends and form fields are inline there.)
const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * Each visually hidden element whose text touches a neighbouring word with no space between: what a text
 * browser prints, and a screen reader may read, as one word. Returns "before|hidden|after" for each.
 */
export function gluedHidden($: CheerioAPI, selector = '.visually-hidden'): string[] {
  // The page's text in document order, with a space wherever a block element starts or ends.
  const parts: string[] = [];
  const span = new Map<AnyNode, [number, number]>();
  const walk = (node: AnyNode) => {
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (node.type === 'tag') {
      const name = node.name ?? '';
      if (name === 'script' || name === 'style' || name === 'template') return;
      const block = BLOCK.has(name);
      if (block) parts.push(' ');
      const start = parts.length;
      for (const child of node.children ?? []) walk(child);
      span.set(node, [start, parts.length]);
      if (block) parts.push(' ');
    }
  };
  walk($('body')[0] as unknown as AnyNode);
  const glued: string[] = [];
  $(selector).each((_, el) => {
    const [start, end] = span.get(el as unknown as AnyNode) ?? [0, 0];
    const hidden = parts.slice(start, end).join('');
    if (!hidden.trim()) return;
    const before = parts
      .slice(Math.max(0, start - 10), start)
      .join('')
      .slice(-20);
    const after = parts
      .slice(end, end + 10)
      .join('')
      .slice(0, 20);
    const touchesBefore = /\S$/u.test(before) && /^[\p{L}\p{N}]/u.test(hidden);
    const touchesAfter = /[\p{L}\p{N}.,:;]$/u.test(hidden) && /^[\p{L}\p{N}“"'‘(]/u.test(after);
    if (touchesBefore || touchesAfter) glued.push(`${before}|${hidden}|${after}`);
  });
  return glued;
}
