/**
 * Curated quotes against the text: where a quote stands word for word, and
 * the check that fails the build, naming the file, the entry and the closest
 * paragraph, when one does not.
 */
import type { Block } from '../blocks.ts';
import { fold } from '../fold.ts';
import { analysed } from './blocks.ts';
import { ComparisonError, type ArticleInput, type ComparisonInput } from './types.ts';

const squash = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/** Where a quote stands word for word in an article (quote marks, dashes and spaces may differ). */
export function locateQuote(blocks: readonly Block[], quote: string): { block: Block; start: number; end: number } | null {
  const needle = squash(quote);
  if (!needle) return null;
  for (const block of blocks) {
    const start = fold(block.text).indexOf(needle);
    if (start >= 0) return { block, start, end: start + needle.length };
  }
  return null;
}

const words = (s: string) =>
  squash(s)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The block sharing most words with a quote: a hint for an editor whose quote did not match. */
function closestBlock(blocks: readonly Block[], quote: string): Block | undefined {
  const wanted = new Set(words(quote));
  let best: { block: Block; score: number } | undefined;
  for (const block of blocks) {
    const score = words(block.text).filter((w) => wanted.has(w)).length;
    if (!best || score > best.score) best = { block, score };
  }
  return best?.block;
}

export const DEFAULT_STATEMENTS_FILE = 'content/comparison/statements.yaml';

/**
 * Checks every curated rendering against its article and throws a
 * ComparisonError naming the file, the statement, the outlet and the fix.
 */
export function checkStatements(
  input: Pick<ComparisonInput, 'statements' | 'statementsFile' | 'topics'>,
  articles: readonly Pick<ArticleInput, 'outletId' | 'eventId' | 'file' | 'blocks'>[],
  outletIds: readonly string[],
  eventIds: readonly string[],
): void {
  const file = input.statementsFile ?? DEFAULT_STATEMENTS_FILE;
  const topicIds = new Set(input.topics.map((t) => t.id));
  for (const s of input.statements) {
    const where = `${file}: statement "${s.id}"`;
    if (!eventIds.includes(s.event))
      throw new ComparisonError(`${where}: event "${s.event}" is not an event: use one of ${[...eventIds].sort().join(', ')}`);
    if (s.topic && !topicIds.has(s.topic)) {
      const choice = topicIds.size > 0 ? `use one of ${[...topicIds].join(', ')}` : 'topics.yaml has no topics yet';
      throw new ComparisonError(`${where}: topic "${s.topic}" is not in topics.yaml: ${choice}, add it there, or remove "topic:"`);
    }
    for (const [outlet, quote] of Object.entries(s.renderings)) {
      if (!outletIds.includes(outlet))
        throw new ComparisonError(`${where}: "${outlet}" is not an outlet: use one of ${[...outletIds].sort().join(', ')}`);
      const article = articles.find((a) => a.outletId === outlet && a.eventId === s.event);
      if (!article)
        throw new ComparisonError(
          `${where}: ${outlet} has no article about ${s.event}: remove the ${outlet} rendering or correct the statement's event`,
        );
      if (!locateQuote(article.blocks, quote)) {
        const near = closestBlock(analysed(article.blocks), quote);
        throw new ComparisonError(
          `${where}, rendering for ${outlet}: "${quote}" is not in ${article.file} word for word: copy the words exactly from the article` +
            (near ? ` (the closest paragraph is #${near.id}: "${near.text.slice(0, 90)}${near.text.length > 90 ? '…' : ''}")` : ''),
        );
      }
    }
  }
}
