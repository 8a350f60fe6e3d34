/** An article's blocks: given with the entry (tests), else parsed here, with the file's line numbers in every message. */
import { articleBlocks, BlockIdError, parseMarkdown, STANDFIRST_ID, withStandfirst, type Block } from '../blocks.ts';
import { plainTextProblems } from '../plain-text.ts';
import { ContentError, type ArticleEntry } from './types.ts';

/** Lines of the file before the body, so messages give the line an editor sees. */
function linesBeforeBody(text: string | undefined, body: string): number {
  const raw = text ?? body;
  return Math.max(0, raw.slice(0, raw.lastIndexOf(body)).split('\n').length - 1);
}

/** The body's blocks, or the ContentError saying what is wrong with it. */
function bodyBlocks(entry: ArticleEntry): Block[] {
  if (entry.blocks && !entry.renderFailed) return entry.blocks;
  // Parsed here for every article of a build; when the renderer failed (Astro only logs a plugin's failure), to say where and why.
  const lineOffset = linesBeforeBody(entry.text, entry.body);
  const tree = parseMarkdown(entry.body);
  const [unsafe] = plainTextProblems(tree);
  if (unsafe) throw new ContentError(entry.file, 'body', `line ${unsafe.line + lineOffset}: ${unsafe.message}`);
  let blocks: Block[];
  try {
    blocks = articleBlocks(tree, lineOffset);
  } catch (error) {
    if (error instanceof BlockIdError) throw new ContentError(entry.file, 'body', error.message);
    throw error;
  }
  if (entry.renderFailed) throw new ContentError(entry.file, 'body', 'could not be rendered as Markdown: see the message printed above it');
  return blocks;
}

/** The article's blocks, standfirst first; throws a ContentError for an empty body or a paragraph that takes the standfirst's id. */
export function blocksOf(entry: ArticleEntry): Block[] {
  const blocks = bodyBlocks(entry);
  if (blocks.filter((b) => b.kind !== 'heading').length === 0) {
    throw new ContentError(
      entry.file,
      'body',
      'is empty: paste the article text below the frontmatter, one paragraph per block, blank lines between them',
    );
  }
  if (entry.data.standfirst && blocks.some((b) => b.id === STANDFIRST_ID)) {
    throw new ContentError(
      entry.file,
      'body',
      `has a paragraph with id "${STANDFIRST_ID}", which is kept for the standfirst: give that paragraph another id with {#…}`,
    );
  }
  return withStandfirst(blocks, entry.data.standfirst);
}
