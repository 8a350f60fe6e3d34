/**
 * The sentence alignment of the loaded corpus, computed once per build and
 * checked against its schema and the articles: a problem stops the build
 * with a message naming the event, the group and the field.
 */
import { align, type Alignment } from '../lib/align/align.ts';
import { checkAlignment } from '../schemas/alignment.ts';
import { loadCorpus, loadStatements } from './content.ts';

let cache: Promise<Alignment> | undefined;

export function loadAlignment(): Promise<Alignment> {
  cache ??= (async () => {
    const corpus = await loadCorpus();
    // The curated statements are labels and overrides; content.ts checks their quotes against the articles.
    const statements = (await loadStatements()).map((e) => ({ id: e.id, label: e.label, event: e.event, renderings: e.renderings }));
    const articles = corpus.articles.map((a) => ({ outlet: a.outlet.id, article: a.id, event: a.event.id, blocks: a.blocks }));
    const alignment = align(articles, statements);
    const problems = checkAlignment(alignment, {
      articles: new Map(
        corpus.articles.map((a) => [a.id, { outlet: a.outlet.id, event: a.event.id, paragraphs: new Map(a.blocks.map((b) => [b.id, b.text])) }]),
      ),
    });
    if (problems.length) throw new Error(`/data/alignment.json does not match its schema (src/schemas/alignment.ts):\n  ${problems.join('\n  ')}`);
    return alignment;
  })();
  return cache;
}
