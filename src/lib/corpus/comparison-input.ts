/**
 * The comparison's input for one edition, from the corpus and the curated
 * lists: a column per article on the edition's event, the statements made at
 * that event; topics, word choice, sources and measures are markers and apply
 * to every edition.
 */
import { buildComparison, checkStatements, type ArticleInput, type ColumnInput, type Comparison, type ComparisonInput } from '../comparison/index.ts';
import { articlePath } from '../paths.ts';
import { primaryArticle } from './join.ts';
import { ContentError, type Article, type ComparisonLists, type Corpus, type Edition } from './types.ts';

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
  href: articlePath(a.outlet.id, a.id, a === primaryArticle(a.outlet)),
});

/** One edition of the corpus (the newest when no event is named); throws naming the event when none of its articles exists. */
export function editionOf(corpus: Corpus, eventId?: string): Edition {
  const edition = eventId === undefined ? corpus.editions[0] : corpus.editions.find((e) => e.event.id === eventId);
  if (!edition) {
    const covered = corpus.editions.map((e) => e.event.id).join(', ');
    throw new ContentError(`content/events/${eventId ?? ''}`, 'id', `no article covers "${eventId ?? ''}": use one of ${covered}`);
  }
  return edition;
}

/** The comparison's input for one edition (the newest when no event is named). */
export function comparisonInput(corpus: Corpus, lists: ComparisonLists, eventId?: string): ComparisonInput {
  const { event, articles } = editionOf(corpus, eventId);
  return {
    event: { id: event.id, title: event.title, date: event.date.iso },
    columns: articles.map(columnInput),
    articles: corpus.articles.map(articleInput),
    eventIds: corpus.events.map((e) => e.id),
    topics: lists.topics,
    statements: lists.statements.filter((s) => s.event === event.id),
    wordChoices: lists.wordChoices,
    sources: lists.sources,
    measures: lists.measures,
    ...(lists.statementsFile ? { statementsFile: lists.statementsFile } : {}),
  };
}

/** Checks every curated statement, whatever its event, against the corpus (a ComparisonError naming the file, the entry and the fix). */
export function checkCorpusStatements(corpus: Corpus, lists: ComparisonLists): void {
  const articles = corpus.articles.map(articleInput);
  checkStatements(
    { statements: lists.statements, topics: lists.topics, ...(lists.statementsFile ? { statementsFile: lists.statementsFile } : {}) },
    articles,
    corpus.outlets.map((o) => o.id),
    corpus.events.map((e) => e.id),
  );
}

/** One edition's comparison (the newest when no event is named), its statements checked against the articles (a ComparisonError otherwise). */
export function compareCorpus(corpus: Corpus, lists: ComparisonLists, eventId?: string): Comparison {
  return buildComparison(comparisonInput(corpus, lists, eventId));
}
