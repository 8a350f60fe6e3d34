/**
 * The comparison, computed from plain data: which outlet covers which topic,
 * how each rendered each statement, the figures each states, the words each
 * chooses, whom each cites, and what each shares word for word with another.
 * Pure and synchronous: pages, the JSON export and the tests all call this.
 */
import type { PointInTime } from '../schemas/fields.ts';
import type { Block } from './blocks.ts';
import { articleLength, countWords } from './blocks.ts';
import { extractFigures, measureFinder, type FigureKind } from './figures.ts';
import { compileMatcher, fold, type Match } from './patterns.ts';
import { sharedPassages } from './shared-wording.ts';

export interface ColumnInput {
  outletId: string;
  outletName: string;
  outletKind: string;
  outletCountry: string;
  articleId: string;
  file: string;
  headline: string;
  headlineSupplied: boolean;
  published: PointInTime | null;
  eventId: string;
  eventTitle: string;
  eventDate: string;
  otherEvent: boolean;
  /** Body blocks, plus the standfirst as a block with id "standfirst" where there is one. */
  blocks: Block[];
}

export interface ComparisonInput {
  event: { id: string; title: string; date: string };
  columns: ColumnInput[];
  topics: { id: string; label: string; description: string; markers: string[] }[];
  statements: { id: string; label: string; speaker: string; event: string; topic?: string | undefined; renderings: Record<string, string> }[];
  wordChoices: { id: string; label: string; description: string; variants: { label: string; patterns: string[] }[] }[];
  sources: { id: string; label: string; patterns: string[] }[];
  measures: { id: string; label: string; markers: string[] }[];
  /** Where statements live, for error messages. */
  statementsFile?: string;
}

/** A piece of text, marked where a pattern matched (rendered as <mark>, never as HTML). */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface BlockRef {
  id: string;
  /** Paragraph number on the outlet page (0 for the standfirst). */
  number: number;
}

export interface Column {
  id: string;
  name: string;
  kind: string;
  country: string;
  articleId: string;
  headline: string;
  headlineSupplied: boolean;
  published: string | null;
  eventId: string;
  eventTitle: string;
  eventDate: string;
  otherEvent: boolean;
  words: number;
  paragraphs: number;
  href: string;
}

export interface TopicCell {
  blocks: (BlockRef & { segments: Segment[] })[];
  words: number;
  /** Share of the article's words in paragraphs about the topic, 0–1. */
  share: number;
}

export interface TopicRow {
  id: string;
  label: string;
  description: string;
  cells: Record<string, TopicCell>;
}

export type StatementCell =
  { status: 'reported'; quote: string; block: BlockRef; context: Segment[] } | { status: 'not-reported' } | { status: 'other-event' };

export interface StatementRow {
  id: string;
  label: string;
  speaker: string;
  topic: string | null;
  cells: Record<string, StatementCell>;
}

export interface FigureItem {
  outlet: string;
  text: string;
  kind: FigureKind;
  value: number;
  unit: string;
  qualifier: string | null;
  sentence: string;
  block: BlockRef;
  /** What dates the figure, when it is not simply this event: "2025", or the other event it was reported at. */
  context: string | null;
}

export interface FigureGroup {
  id: string;
  label: string;
  items: FigureItem[];
}

export interface CountCell {
  count: number;
  blocks: BlockRef[];
}

export interface WordChoiceRow {
  id: string;
  label: string;
  description: string;
  variants: { label: string; cells: Record<string, CountCell> }[];
}

export interface SourceRow {
  id: string;
  label: string;
  cells: Record<string, CountCell>;
}

export interface SharedRow {
  a: string;
  b: string;
  words: number;
  text: string;
  aBlock: string;
  bBlock: string;
}

export interface Comparison {
  event: { id: string; title: string; date: string };
  columns: Column[];
  topics: TopicRow[];
  statements: StatementRow[];
  figures: FigureGroup[];
  wordChoice: WordChoiceRow[];
  sources: SourceRow[];
  sharedWording: SharedRow[];
}

export class ComparisonError extends Error {
  override name = 'ComparisonError';
}

const analysed = (blocks: readonly Block[]) => blocks.filter((b) => b.kind !== 'heading');
const ref = (b: Block): BlockRef => ({ id: b.id, number: b.number });

/** Splits a text at its matches into marked and unmarked pieces. */
export function segments(text: string, matches: readonly { start: number; end: number }[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

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

/** The block sharing most words with a quote: a hint for an editor whose quote did not match. */
function closestBlock(blocks: readonly Block[], quote: string): Block | undefined {
  const words = new Set(
    squash(quote)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  let best: { block: Block; score: number } | undefined;
  for (const block of blocks) {
    const score = (
      squash(block.text)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((w) => words.has(w)).length;
    if (!best || score > best.score) best = { block, score };
  }
  return best?.block;
}

function countCells(columns: readonly ColumnInput[], match: (text: string) => Match[], key: string): Record<string, CountCell> {
  const cells: Record<string, CountCell> = {};
  for (const c of columns) {
    const cell: CountCell = { count: 0, blocks: [] };
    for (const b of analysed(c.blocks)) {
      const n = match(b.text).filter((m) => m.key === key).length;
      if (n > 0) {
        cell.count += n;
        cell.blocks.push(ref(b));
      }
    }
    cells[c.outletId] = cell;
  }
  return cells;
}

/**
 * Checks every curated rendering against its article and throws a
 * ComparisonError naming the file, the statement, the outlet and the fix.
 */
export function checkStatements(
  input: Pick<ComparisonInput, 'statements' | 'statementsFile' | 'topics'>,
  articles: readonly Pick<ColumnInput, 'outletId' | 'eventId' | 'file' | 'blocks'>[],
  outletIds: readonly string[],
  eventIds: readonly string[],
): void {
  const file = input.statementsFile ?? 'content/comparison/statements.yaml';
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

/** Pairs compared for shared wording: all pairs up to this many columns, then only pairs on the same event. */
export const ALL_PAIRS_UP_TO = 40;
/** Shared passages kept: the longest, at most this many (pairs grow with the square of the outlets). */
export const MAX_SHARED_PASSAGES = 40;

export function buildComparison(input: ComparisonInput): Comparison {
  const { columns: inputs } = input;
  const columns: Column[] = inputs.map((c) => ({
    id: c.outletId,
    name: c.outletName,
    kind: c.outletKind,
    country: c.outletCountry,
    articleId: c.articleId,
    headline: c.headline,
    headlineSupplied: c.headlineSupplied,
    published: c.published?.iso ?? null,
    eventId: c.eventId,
    eventTitle: c.eventTitle,
    eventDate: c.eventDate,
    otherEvent: c.otherEvent,
    ...articleLength(c.blocks),
    href: `/outlets/${c.outletId}/`,
  }));
  // Shares are of all the text analysed, the standfirst included.
  const words = new Map(inputs.map((c) => [c.outletId, analysed(c.blocks).reduce((n, b) => n + countWords(b.text), 0)]));

  const topicMatcher = compileMatcher(input.topics.map((t) => ({ key: t.id, patterns: t.markers })));
  const topicHits = new Map<string, Map<string, Match[]>>(); // column → block → matches
  for (const c of inputs) topicHits.set(c.outletId, new Map(analysed(c.blocks).map((b) => [b.id, topicMatcher(b.text)])));
  const topics: TopicRow[] = input.topics.map((t) => ({
    id: t.id,
    label: t.label,
    description: t.description,
    cells: Object.fromEntries(
      inputs.map((c) => {
        const hits = topicHits.get(c.outletId)!;
        const blocks = analysed(c.blocks)
          .filter((b) => hits.get(b.id)!.some((m) => m.key === t.id))
          .map((b) => ({
            ...ref(b),
            segments: segments(
              b.text,
              hits.get(b.id)!.filter((m) => m.key === t.id),
            ),
          }));
        const w = blocks.reduce((n, b) => n + countWords(b.segments.map((s) => s.text).join('')), 0);
        return [c.outletId, { blocks, words: w, share: w / (words.get(c.outletId) || 1) }];
      }),
    ),
  }));

  const statements: StatementRow[] = input.statements.map((s) => ({
    id: s.id,
    label: s.label,
    speaker: s.speaker,
    topic: s.topic ?? null,
    cells: Object.fromEntries(
      inputs.map((c): [string, StatementCell] => {
        const quote = s.renderings[c.outletId];
        if (quote === undefined) return [c.outletId, c.eventId === s.event ? { status: 'not-reported' } : { status: 'other-event' }];
        const found = c.eventId === s.event ? locateQuote(c.blocks, quote) : null;
        if (!found)
          throw new ComparisonError(
            `${input.statementsFile ?? 'statements.yaml'}: statement "${s.id}": the ${c.outletId} rendering was not checked against its article`,
          );
        return [
          c.outletId,
          {
            status: 'reported',
            quote: found.block.text.slice(found.start, found.end),
            block: ref(found.block),
            context: segments(found.block.text, [found]),
          },
        ];
      }),
    ),
  }));

  const groups = new Map<string, FigureGroup>(input.measures.map((m) => [m.id, { id: m.id, label: m.label, items: [] }]));
  const other: FigureGroup = { id: 'other', label: 'Other figures', items: [] };
  const measureOf = measureFinder(input.measures);
  for (const c of inputs) {
    for (const b of analysed(c.blocks)) {
      for (const f of extractFigures(b.text)) {
        const measure = measureOf(f, b.text);
        const context = [f.years.length ? `refers to ${f.years.join(', ')}` : null, c.otherEvent ? `reported at the ${c.eventTitle}` : null]
          .filter(Boolean)
          .join('; ');
        (measure ? groups.get(measure)! : other).items.push({
          outlet: c.outletId,
          text: f.text,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          sentence: f.sentence,
          block: ref(b),
          context: context || null,
        });
      }
    }
  }
  const figures = [...groups.values(), other].filter((g) => g.items.length > 0);

  const wordChoice: WordChoiceRow[] = input.wordChoices.map((g) => {
    const match = compileMatcher(g.variants.map((v, i) => ({ key: String(i), patterns: v.patterns })));
    return {
      id: g.id,
      label: g.label,
      description: g.description,
      variants: g.variants.map((v, i) => ({ label: v.label, cells: countCells(inputs, match, String(i)) })),
    };
  });

  const sourceMatcher = compileMatcher(input.sources.map((s) => ({ key: s.id, patterns: s.patterns })));
  const sources: SourceRow[] = input.sources.map((s) => ({ id: s.id, label: s.label, cells: countCells(inputs, sourceMatcher, s.id) }));

  const sharedWording: SharedRow[] = [];
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const a = inputs[i]!;
      const b = inputs[j]!;
      if (inputs.length > ALL_PAIRS_UP_TO && a.eventId !== b.eventId) continue;
      for (const p of sharedPassages(analysed(a.blocks), analysed(b.blocks), 6, 3)) sharedWording.push({ a: a.outletId, b: b.outletId, ...p });
    }
  }
  sharedWording.sort((x, y) => y.words - x.words || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));

  return {
    event: input.event,
    columns,
    topics,
    statements,
    figures,
    wordChoice,
    sources,
    sharedWording: sharedWording.slice(0, MAX_SHARED_PASSAGES),
  };
}
