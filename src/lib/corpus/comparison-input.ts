/** The comparison's input, from the corpus and the curated lists: every outlet's primary article as a column. */
import { buildComparison, type ArticleInput, type ColumnInput, type Comparison, type ComparisonInput } from '../comparison/index.ts';
import { primaryArticle } from './join.ts';
import type { Article, ComparisonLists, Corpus } from './types.ts';

const articleInput = (a: Article): ArticleInput => ({ outletId: a.outlet.id, articleId: a.id, file: a.file, eventId: a.event.id, blocks: a.blocks });

const columnInput = (a: Article): ColumnInput => ({
  ...articleInput(a),
  outletName: a.outlet.name,
  outletKind: a.outlet.kind,
  outletCountry: a.outlet.country,
  headline: a.headline,
  headlineSupplied: a.headlineSupplied,
  headlineSource: a.headlineSource ?? null,
  published: a.published,
  eventTitle: a.event.title,
  eventDate: a.event.date.iso,
  otherEvent: a.otherEvent,
});

export function comparisonInput(corpus: Corpus, lists: ComparisonLists): ComparisonInput {
  const { mainEvent } = corpus;
  return {
    event: { id: mainEvent.id, title: mainEvent.title, date: mainEvent.date.iso },
    columns: corpus.outlets.map((o) => columnInput(primaryArticle(o))),
    articles: corpus.articles.map(articleInput),
    eventIds: corpus.events.map((e) => e.id),
    topics: lists.topics,
    statements: lists.statements,
    wordChoices: lists.wordChoices,
    sources: lists.sources,
    measures: lists.measures,
    ...(lists.statementsFile ? { statementsFile: lists.statementsFile } : {}),
  };
}

/** The comparison across outlets, its statements checked against the articles (a ComparisonError otherwise). */
export function compareCorpus(corpus: Corpus, lists: ComparisonLists): Comparison {
  return buildComparison(comparisonInput(corpus, lists));
}
