/**
 * The corpus, from plain entries: joined, checked across files, and ready
 * for the pages and the comparison. Pure (no astro:*, no file system): the
 * build's one reader of the collections (src/data/content.ts) and the tests'
 * fixture loader (tests/helpers/corpus.ts) both hand their entries to it.
 */
export * from './types.ts';
export { checkedText, DATE_FIELDS } from './file-checks.ts';
export { joinCorpus, primaryArticle } from './join.ts';
export { checkCorpusStatements, compareCorpus, comparisonInput, editionOf } from './comparison-input.ts';
