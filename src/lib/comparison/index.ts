/**
 * The comparison, computed from plain data: which outlet covers which topic,
 * how each rendered each statement, the figures each states, the words each
 * chooses, whom each cites, and what each shares word for word with another.
 * Pure and synchronous: pages, the JSON export and the tests all call this.
 * One file per analysis; this one checks the curated statements and runs them.
 */
import { columnHeads } from './columns.ts';
import { topicRows } from './coverage.ts';
import { figureGroups } from './figures.ts';
import { checkStatements } from './quotes.ts';
import { sharedWordingRows } from './shared-wording.ts';
import { sourceRows } from './sources.ts';
import { statementRows } from './statements.ts';
import type { Comparison, ComparisonInput } from './types.ts';
import { wordChoiceRows } from './word-choice.ts';

export * from './types.ts';
export { markedSentences, segments } from './blocks.ts';
export { checkStatements, DEFAULT_STATEMENTS_FILE, locateQuote } from './quotes.ts';

/**
 * The whole comparison. Throws a ComparisonError, naming the file, the entry
 * and the fix, when a curated statement does not hold against the articles.
 */
export function buildComparison(input: ComparisonInput): Comparison {
  const outletIds = [...new Set(input.articles.map((a) => a.outletId))];
  checkStatements(input, input.articles, outletIds, input.eventIds);
  const { columns } = input;
  return {
    event: input.event,
    columns: columnHeads(columns, input.event.id),
    topics: topicRows(input.topics, columns),
    statements: statementRows(input.statements, columns),
    figures: figureGroups(input.measures, columns, input.event.id),
    wordChoice: wordChoiceRows(input.wordChoices, columns),
    sources: sourceRows(input.sources, columns),
    sharedWording: sharedWordingRows(columns),
  };
}
