/** How each outlet rendered each curated statement: its own words, the paragraph they stand in, who the text attributes them to, or why there are none. */
import { EventReader } from './attribution.ts';
import { ref } from './blocks.ts';
import { locateQuote } from './quotes.ts';
import { ComparisonError, type ColumnInput, type StatementCell, type StatementInput, type StatementRow } from './types.ts';

/** The statement rows. Renderings must have passed `checkStatements` (buildComparison runs it first). */
export function statementRows(statements: readonly StatementInput[], columns: readonly ColumnInput[]): StatementRow[] {
  // Each event's articles that render a statement are read once, for the speakers ("He", "the Russian leader").
  const readers = new Map<string, EventReader>();
  const reader = (event: string) => {
    let r = readers.get(event);
    if (!r) {
      const rendered = new Set(statements.filter((s) => s.event === event).flatMap((s) => Object.keys(s.renderings)));
      const articles = columns
        .filter((c) => c.eventId === event && rendered.has(c.outletId))
        .map((c) => ({ outlet: c.outletId, article: c.articleId, event: c.eventId, blocks: c.blocks }));
      readers.set(event, (r = new EventReader(articles)));
    }
    return r;
  };
  return statements.map((s) => ({
    id: s.id,
    label: s.label,
    speaker: s.speaker,
    topic: s.topic ?? null,
    cells: Object.fromEntries(columns.map((c): [string, StatementCell] => [c.outletId, cell(s, c, reader)])),
  }));
}

function cell(s: StatementInput, c: ColumnInput, reader: (event: string) => EventReader): StatementCell {
  if (c.eventId !== s.event) return { status: 'other-event' };
  const quote = s.renderings[c.outletId];
  if (quote === undefined) return { status: 'not-reported' };
  const found = locateQuote(c.blocks, quote);
  // checkStatements has found every rendering in its article; this guards the order of the two.
  if (!found) throw new ComparisonError(`statement "${s.id}": the ${c.outletId} rendering is not in ${c.file}`);
  return {
    status: 'reported',
    quote: found.block.text.slice(found.start, found.end),
    block: ref(found.block),
    attribution: reader(s.event).classify(c.articleId, found.block, found.start, found.end),
  };
}
