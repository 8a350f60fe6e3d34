/**
 * The comparison as data for researchers: one JSON document, and CSV tables
 * for its tabular parts. Every row links to the exact paragraph it came from.
 */
import { stringify } from 'csv-stringify/sync';
import type { BlockRef, Comparison, CountCell, WordsFound } from './comparison/index.ts';
import { paragraphPath } from './paths.ts';

const EXPORT_VERSION = 1;

/** The comparison's tables, each also a CSV file (`/data/<id>.csv`), in the order pages list them. */
export const TABLES = [
  { id: 'coverage', label: 'coverage' },
  { id: 'statements', label: 'statements' },
  { id: 'figures', label: 'figures' },
  { id: 'word-choice', label: 'word choice' },
  { id: 'sources', label: 'sources' },
  { id: 'shared-wording', label: 'shared wording' },
] as const;

export type TableId = (typeof TABLES)[number]['id'];

/** The JSON export's file name under /data/. */
export const JSON_FILE = 'comparison.json';
/** A table's CSV file name under /data/. */
export const csvFile = (table: TableId) => `${table}.csv`;

/** Paragraph links into each column's own article page (an outlet's article on an earlier event is not at /outlets/<id>/). */
function linker(c: Pick<Comparison, 'columns'>) {
  const pages = new Map(c.columns.map((col) => [col.id, col.href]));
  return (outlet: string, block: BlockRef | string) => {
    const page = pages.get(outlet);
    return paragraphPath(outlet, typeof block === 'string' ? block : block.id, page ? { page } : {});
  };
}
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
/** The words an outlet printed, in quotation marks, each wording once with its count: “Russia-Ukraine conflict” ×1; “Ukraine conflict” ×1. */
function quotedWords(words: readonly WordsFound[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.text, (counts.get(w.text) ?? 0) + w.count);
  return [...counts].map(([text, count]) => `“${text}” ×${count}`).join('; ');
}

/** The JSON export: the comparison with marked-up text flattened and paragraph links spelled out. */
export function comparisonJson(c: Comparison, site: string) {
  const link = linker(c);
  const events = new Map(c.columns.map((col) => [col.id, col.eventId]));
  // Each outlet's cell says which event its article covers, and the words it printed, as printed, with their paragraph.
  const counts = (cells: Record<string, CountCell>) =>
    Object.fromEntries(
      Object.entries(cells).map(([o, cell]) => [
        o,
        {
          event: events.get(o) ?? null,
          count: cell.count,
          paragraphs: cell.blocks.map((b) => link(o, b)),
          words: cell.words.map((w) => ({ text: w.text, count: w.count, paragraph: link(o, w.block) })),
        },
      ]),
    );
  return {
    version: EXPORT_VERSION,
    site,
    description:
      'How each outlet covered the event: topics, statements, figures, word choice, cited sources and shared wording. Links point to the exact paragraph.',
    event: c.event,
    outlets: c.columns,
    coverage: c.topics.map((t) => ({
      topic: t.id,
      label: t.label,
      description: t.description,
      outlets: Object.fromEntries(
        Object.entries(t.cells).map(([o, cell]) => [
          o,
          {
            event: events.get(o) ?? null,
            paragraphs: cell.blocks.map((b) => ({ link: link(o, b), text: plain(b.segments) })),
            words: cell.words,
            share: Number(cell.share.toFixed(4)),
          },
        ]),
      ),
    })),
    statements: c.statements.map((s) => ({
      statement: s.id,
      label: s.label,
      speaker: s.speaker,
      topic: s.topic,
      outlets: Object.fromEntries(
        Object.entries(s.cells).map(([o, cell]) => [
          o,
          cell.status === 'reported'
            ? {
                event: events.get(o) ?? null,
                status: cell.status,
                quote: cell.quote,
                attribution: cell.attribution.type,
                attributedTo: cell.attribution.speaker,
                link: link(o, cell.block),
              }
            : { event: events.get(o) ?? null, status: cell.status },
        ]),
      ),
    })),
    figures: c.figures.map((g) => ({
      measure: g.id,
      label: g.label,
      figures: g.items.map(({ block, ...f }) => ({ ...f, event: events.get(f.outlet) ?? null, link: link(f.outlet, block) })),
    })),
    wordChoice: c.wordChoice.map((w) => ({
      group: w.id,
      label: w.label,
      description: w.description,
      variants: w.variants.map((v) => ({ label: v.label, outlets: counts(v.cells) })),
    })),
    sources: c.sources.map((s) => ({ source: s.id, label: s.label, outlets: counts(s.cells) })),
    sharedWording: c.sharedWording.map((s) => ({
      outlets: [s.a, s.b],
      events: [events.get(s.a) ?? null, events.get(s.b) ?? null],
      words: s.words,
      text: s.text,
      /** Each outlet's own print of the passage (capitals and quote marks may differ). */
      texts: { [s.a]: s.text, [s.b]: s.textB },
      links: [link(s.a, s.aBlock), link(s.b, s.bBlock)],
    })),
  };
}

/**
 * A text cell that begins with =, +, -, @, a tab or a carriage return is run as a formula by spreadsheet programs
 * (CSV injection). As OWASP advises, such a cell gets a leading apostrophe, which spreadsheets read as "text" and
 * most hide; csv-stringify then quotes the cell where it needs to. Numbers stay numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV table: a header row, then the rows, every text cell neutralised. */
export const csv = (header: string[], rows: (string | number | null)[][]) => stringify([header, ...rows], { cast: { string: neutraliseCell } });

/** One CSV per table, keyed by file name, in the order of TABLES. */
export function comparisonCsv(c: Comparison): Record<string, string> {
  const link = linker(c);
  const outlets = c.columns.map((col) => col.id);
  // Every row names the event its outlet's article covers: an article on another event is not coverage of this one.
  const event = (outlet: string) => c.columns.find((col) => col.id === outlet)?.eventId ?? null;
  const tables: Record<TableId, () => string> = {
    coverage: () =>
      csv(
        ['topic', 'outlet', 'event', 'paragraphs', 'words', 'share', 'first_paragraph'],
        c.topics.flatMap((t) =>
          outlets.map((o) => {
            const cell = t.cells[o]!;
            return [
              t.id,
              o,
              event(o),
              cell.blocks.length,
              cell.words,
              Number(cell.share.toFixed(4)),
              cell.blocks[0] ? link(o, cell.blocks[0]) : null,
            ];
          }),
        ),
      ),
    statements: () =>
      csv(
        ['statement', 'label', 'speaker', 'outlet', 'event', 'status', 'quote', 'attribution', 'attributed_to', 'paragraph'],
        c.statements.flatMap((s) =>
          outlets.map((o) => {
            const cell = s.cells[o]!;
            return [
              s.id,
              s.label,
              s.speaker,
              o,
              event(o),
              cell.status,
              cell.status === 'reported' ? cell.quote : null,
              cell.status === 'reported' ? cell.attribution.type : null,
              cell.status === 'reported' ? cell.attribution.speaker : null,
              cell.status === 'reported' ? link(o, cell.block) : null,
            ];
          }),
        ),
      ),
    figures: () =>
      csv(
        ['measure', 'outlet', 'event', 'figure', 'kind', 'value', 'unit', 'qualifier', 'context', 'paragraph'],
        c.figures.flatMap((g) =>
          g.items.map((f) => [g.id, f.outlet, event(f.outlet), f.text, f.kind, f.value, f.unit, f.qualifier, f.context, link(f.outlet, f.block)]),
        ),
      ),
    'word-choice': () =>
      csv(
        ['group', 'variant', 'outlet', 'event', 'count', 'words', 'first_paragraph'],
        c.wordChoice.flatMap((w) =>
          w.variants.flatMap((v) =>
            outlets.map((o) => {
              const cell = v.cells[o]!;
              return [w.id, v.label, o, event(o), cell.count, quotedWords(cell.words), cell.blocks[0] ? link(o, cell.blocks[0]) : null];
            }),
          ),
        ),
      ),
    sources: () =>
      csv(
        ['source', 'outlet', 'event', 'count', 'words', 'first_paragraph'],
        c.sources.flatMap((s) =>
          outlets.map((o) => {
            const cell = s.cells[o]!;
            return [s.id, o, event(o), cell.count, quotedWords(cell.words), cell.blocks[0] ? link(o, cell.blocks[0]) : null];
          }),
        ),
      ),
    'shared-wording': () =>
      csv(
        ['outlet_a', 'outlet_b', 'event_a', 'event_b', 'words', 'text', 'text_b', 'paragraph_a', 'paragraph_b'],
        c.sharedWording.map((s) => [s.a, s.b, event(s.a), event(s.b), s.words, s.text, s.textB, link(s.a, s.aBlock), link(s.b, s.bBlock)]),
      ),
  };
  return Object.fromEntries(TABLES.map((t) => [csvFile(t.id), tables[t.id]()]));
}
