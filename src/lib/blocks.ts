/**
 * Blocks of an article (headings, paragraphs, list items) and their ids.
 *
 * An id is derived from the block's own words only, never from its position,
 * so adding, removing or editing one paragraph cannot change another's id.
 * Where two blocks would get the same id, the build stops and asks the editor
 * to pin one with `{#an-id}` at the end of the block, instead of silently
 * numbering them (which would shift links when either moved).
 */
import { slug } from 'github-slugger';
import type { Heading, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { UNSPACED } from './patterns.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'standfirst';

export interface Block {
  /** Stable id: the anchor of `/outlets/<outlet>/#<id>`. */
  id: string;
  kind: BlockKind;
  /** Heading level, for headings. */
  depth?: number;
  /** Plain text of the block, without the `{#id}` marker. */
  text: string;
  /** 1-based position among the article's paragraphs and items (headings are not counted; the standfirst is 0). */
  number: number;
}

/**
 * The standfirst (the summary under the headline) is block 0 of an article:
 * analysed and linked like a paragraph, with this id, which no paragraph may take.
 */
export const STANDFIRST_ID = 'standfirst';

/** The article's blocks with its standfirst, when it has one, first. */
export function withStandfirst(blocks: readonly Block[], standfirst: string | undefined): Block[] {
  return standfirst ? [{ id: STANDFIRST_ID, kind: 'standfirst', text: standfirst, number: 0 }, ...blocks] : [...blocks];
}

/** How many words of a paragraph make its id: enough to be unique in practice, short enough to read in a URL. */
const ID_WORDS = 6;
const MAX_ID_LENGTH = 64;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EXPLICIT_ID = /\s*\{#([^}\s]*)\}\s*$/;

// In an unspaced script a run of text between spaces holds many words: Intl.Segmenter finds them (ICU's dictionaries, the same in every locale).
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The words of a run of unspaced text, as a reader of that script counts them. */
function segmentWords(run: string): string[] {
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * A text's first `count` words (all when count is omitted), as they are
 * written: words from one unspaced run stay joined, as the script writes them.
 */
export function leadingWords(text: string, count = Infinity): string {
  const out: string[] = [];
  let taken = 0;
  for (const token of text.trim().split(/\s+/)) {
    if (taken >= count) break;
    if (!UNSPACED.test(token)) {
      out.push(token);
      taken += 1;
      continue;
    }
    const words = segmentWords(token).slice(0, count - taken);
    out.push(words.join(''));
    taken += words.length;
  }
  return out.join(' ');
}

/** The id derived from a block's text: its first six words (a heading: all its words), slugged. */
export function deriveId(kind: BlockKind, text: string): string {
  const source = kind === 'heading' ? leadingWords(text) : leadingWords(text, ID_WORDS);
  const id = slug(source).replace(/^-+/, '').slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
  return id || kind;
}

export class BlockIdError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'BlockIdError';
    this.line = line;
  }
}

/** Removes a trailing `{#id}` from a block's last text node and returns the id, if any. */
function takeExplicitId(node: Paragraph | Heading, lineOffset: number): string | undefined {
  const last: PhrasingContent | undefined = node.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  const id = match[1] ?? '';
  const line = (node.position?.start.line ?? 0) + lineOffset;
  if (!ID_PATTERN.test(id)) {
    throw new BlockIdError(
      `line ${line}: "{#${id}}" is not a valid paragraph id: use lower-case letters, digits and hyphens, starting with a letter or digit (for example {#putin-on-trade})`,
      line,
    );
  }
  last.value = last.value.slice(0, match.index);
  if (last.value === '') node.children.pop();
  return id;
}

interface Located {
  block: Block;
  /** 1-based line, in the body (or the file, given the frontmatter's lines), for messages. */
  line: number;
}

function* walk(parent: Parent): Generator<Paragraph | Heading | ListItem> {
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'heading' || child.type === 'paragraph') yield child;
    else if (child.type === 'listItem') yield child;
    else if ('children' in child) yield* walk(child as Parent);
  }
}

/**
 * Gives every heading, paragraph and list item of the tree its id (in
 * `data.hProperties`, so it reaches the HTML) and returns the blocks.
 * Throws BlockIdError, with the line, when an id is invalid or used twice.
 */
export function assignBlockIds(tree: Root, lineOffset = 0): Block[] {
  const seen = new Map<string, Located>();
  const blocks: Block[] = [];
  let number = 0;
  for (const node of walk(tree)) {
    const target = node.type === 'listItem' ? node.children.find((c): c is Paragraph => c.type === 'paragraph') : node;
    const kind: BlockKind = node.type === 'listItem' ? 'item' : node.type;
    const explicitId = target ? takeExplicitId(target, lineOffset) : undefined;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const id = explicitId ?? deriveId(kind, text);
    const line = (node.position?.start.line ?? 0) + lineOffset;
    if (kind !== 'heading') number += 1;
    const block: Block = { id, kind, text, number };
    if (node.type === 'heading') block.depth = node.depth;
    const earlier = seen.get(id);
    if (earlier) {
      throw new BlockIdError(
        `line ${line}: paragraph id "${id}" is already used by the ${earlier.block.kind} at line ${earlier.line}` +
          ` (both begin "${leadingWords(text, ID_WORDS)}"): give one of them its own id by ending it with {#${id}-2} or another unused id`,
        line,
      );
    }
    seen.set(id, { block, line });
    node.data = {
      ...node.data,
      hProperties: { ...(node.data?.hProperties ?? {}), id, dataBlock: kind, dataNumber: kind === 'heading' ? undefined : number },
    };
    blocks.push(block);
  }
  return blocks;
}

const parser = unified().use(remarkParse);

/** Parses Markdown into its syntax tree. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * Parses an article's Markdown body into its blocks, with the same ids the
 * pages use. `lineOffset` (the frontmatter's lines) makes reported lines
 * those of the file.
 */
export function articleBlocks(markdown: string | Root, lineOffset = 0): Block[] {
  return assignBlockIds(typeof markdown === 'string' ? parser.parse(markdown) : markdown, lineOffset);
}

/**
 * Words in a text, counted as a reader would: runs of letters, digits and
 * joined punctuation; in unspaced scripts, the words Intl.Segmenter finds.
 */
export function countWords(text: string): number {
  const runs = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$€£-]*/gu) ?? [];
  return runs.reduce((n, run) => n + (UNSPACED.test(run) ? segmentWords(run).length : 1), 0);
}

/** An article's length as a reader counts it: words of the body (subheadings included, standfirst not) and its paragraphs. */
export function articleLength(blocks: readonly Block[]): { words: number; paragraphs: number } {
  const body = blocks.filter((b) => b.kind !== 'standfirst');
  return {
    words: body.reduce((n, b) => n + countWords(b.text), 0),
    paragraphs: body.filter((b) => b.kind === 'paragraph' || b.kind === 'item').length,
  };
}
