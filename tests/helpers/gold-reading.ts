/**
 * The comparison's topics, word choice and sources scored against the
 * hand-made reading (tests/fixtures/gold/reading.yaml).
 *
 * What is scored is what readers are shown. The engine reads the standfirst
 * and the body's paragraphs and list items, not headlines or subheadings, so
 * gold entries in a headline or a heading are left out of recall (they are
 * counted in `skipped`). An entry marked `borderline` (a judgement call) is
 * not required (recall) but is not an error either (precision).
 *
 * - Topics: one item per topic, outlet and paragraph.
 * - Word choice: one item per occurrence of the words; an engine match is
 *   right when a gold entry of the same group, outlet and paragraph holds its
 *   words (or they hold the entry's), up to the entry's count.
 * - Sources: one item per gold citation; an engine match is right when a gold
 *   source of the same outlet and paragraph holds its words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ArticleInput, Comparison } from '../../src/lib/comparison/index.ts';
import { fold } from '../../src/lib/fold.ts';
import { root } from './build.ts';

interface GoldEntry {
  para: string;
  words: string;
  more_words?: string[];
  count?: number;
  heading?: boolean;
  block?: string;
  borderline?: boolean;
}
type PerOutlet = Record<string, GoldEntry[] | string>;
export interface Gold {
  topics: Record<string, PerOutlet>;
  word_choice: Record<string, PerOutlet>;
  sources: Record<string, GoldEntry[] | string>;
}

export const readReading = (file = path.join(root, 'tests/fixtures/gold/reading.yaml')): Gold => parse(readFileSync(file, 'utf8')) as Gold;

const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** A gold `para` → the block id it names, or null where the engine does not read it (headline, heading). */
export function blockResolver(columns: readonly ArticleInput[]) {
  return (outlet: string, entry: GoldEntry): string | null => {
    if (entry.heading || entry.para === 'headline') return null;
    if (entry.para === 'standfirst') return 'standfirst';
    const column = columns.find((c) => c.outletId === outlet);
    const want = norm(entry.para);
    const read = column?.blocks.filter((b) => b.kind !== 'heading') ?? [];
    // The reading takes a bullet list as one block; the site gives each item its own paragraph id.
    const block =
      entry.block === 'list' ? read.find((b) => norm(b.text).includes(norm(entry.words))) : read.find((b) => norm(b.text).startsWith(want));
    if (!block) throw new Error(`reading.yaml: ${outlet}: no paragraph begins "${entry.para}"`);
    return block.id;
  };
}

export interface Score {
  /** Items shown that the reading supports / all items shown. */
  precision: number;
  /** Required items found / all required items. */
  recall: number;
  shown: number;
  wrong: string[];
  required: number;
  missed: string[];
  skipped: number;
}

const score = (shown: number, wrong: string[], required: number, missed: string[], skipped: number): Score => ({
  precision: shown === 0 ? 1 : (shown - wrong.length) / shown,
  recall: required === 0 ? 1 : (required - missed.length) / required,
  shown,
  wrong,
  required,
  missed,
  skipped,
});

const entries = (v: GoldEntry[] | string | undefined): GoldEntry[] => (Array.isArray(v) ? v : []);
const outletsOf = (o: PerOutlet) => Object.keys(o).filter((k) => !k.startsWith('_'));

export function scoreTopics(gold: Gold, c: Comparison, columns: readonly ArticleInput[]): Score {
  const blockOf = blockResolver(columns);
  const any = new Set<string>();
  const strict = new Set<string>();
  let skipped = 0;
  for (const [topic, perOutlet] of Object.entries(gold.topics)) {
    for (const outlet of outletsOf(perOutlet)) {
      for (const e of entries(perOutlet[outlet])) {
        const block = blockOf(outlet, e);
        if (block === null) {
          skipped++;
          continue;
        }
        any.add(`${topic} ${outlet} ${block}`);
        if (!e.borderline) strict.add(`${topic} ${outlet} ${block}`);
      }
    }
  }
  const shown = c.topics.flatMap((t) => Object.entries(t.cells).flatMap(([outlet, cell]) => cell.blocks.map((b) => `${t.id} ${outlet} ${b.id}`)));
  const found = new Set(shown);
  return score(
    shown.length,
    shown.filter((k) => !any.has(k)),
    strict.size,
    [...strict].filter((k) => !found.has(k)),
    skipped,
  );
}

/** Where a phrase stands in a text, as [start, end) spans (folded, any case, whole words). */
function spans(text: string, phrase: string): [number, number][] {
  const hay = fold(text).toLowerCase();
  const needle = fold(phrase).replace(/\s+/g, ' ').trim().toLowerCase();
  const out: [number, number][] = [];
  for (let at = hay.indexOf(needle); needle && at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([at, at + needle.length]);
  }
  return out;
}
const inside = (a: [number, number], b: [number, number]) => b[0] <= a[0] && a[1] <= b[1];
const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

interface Shown {
  outlet: string;
  block: string;
  span: [number, number];
  what: string;
}

/** Each engine match of a count table as a span of its paragraph. */
function shownSpans(
  rows: { id: string; cells: Record<string, { words: { text: string; count: number; block: { id: string }; starts: number[] }[] }> }[],
  columns: readonly ArticleInput[],
): Shown[] {
  const text = (outlet: string, block: string) => columns.find((c) => c.outletId === outlet)?.blocks.find((b) => b.id === block)?.text ?? '';
  return rows.flatMap((r) =>
    Object.entries(r.cells).flatMap(([outlet, cell]) =>
      cell.words.flatMap((w) => {
        const what = `${r.id} ${outlet} ${w.block.id}: "${w.text}"`;
        if (w.starts.length !== w.count) throw new Error(`${what} is shown ×${w.count} but found ${w.starts.length} times`);
        return w.starts.map((start): Shown => {
          if (text(outlet, w.block.id).slice(start, start + w.text.length) !== w.text) throw new Error(`${what} is not printed at ${start}`);
          return { outlet, block: w.block.id, span: [start, start + w.text.length], what };
        });
      }),
    ),
  );
}

/** Scores matches against gold spans: a match is right inside a gold span (of the same outlet and paragraph); a gold span is found when a match overlaps it. */
function scoreSpans(
  shown: Shown[],
  gold: { outlet: string; entry: GoldEntry; block: string | null; what: string }[],
  columns: readonly ArticleInput[],
): Score {
  const text = (outlet: string, block: string) => columns.find((c) => c.outletId === outlet)?.blocks.find((b) => b.id === block)?.text ?? '';
  const goldSpans = gold
    .filter((g) => g.block !== null)
    .map((g) => ({
      ...g,
      spans: [g.entry.words, ...(g.entry.more_words ?? [])].flatMap((w) => spans(text(g.outlet, g.block!), w)),
    }));
  for (const g of goldSpans) if (g.spans.length === 0) throw new Error(`reading.yaml: ${g.what}: the words are not in that paragraph`);
  const wrong = shown
    .filter((m) => !goldSpans.some((g) => g.outlet === m.outlet && g.block === m.block && g.spans.some((s) => inside(m.span, s))))
    .map((m) => m.what);
  const required = goldSpans.filter((g) => !g.entry.borderline);
  const missed = required
    .filter((g) => !shown.some((m) => m.outlet === g.outlet && m.block === g.block && g.spans.some((s) => overlap(m.span, s))))
    .map((g) => g.what);
  return score(shown.length, wrong, required.length, missed, gold.length - goldSpans.length);
}

export function scoreWordChoice(gold: Gold, c: Comparison, columns: readonly ArticleInput[]): Score {
  const blockOf = blockResolver(columns);
  const parts = c.wordChoice.map((group) => {
    const perOutlet = gold.word_choice[group.id];
    if (!perOutlet) throw new Error(`reading.yaml has no word-choice group "${group.id}"`);
    const shown = shownSpans(
      group.variants.map((v) => ({ id: `${group.id}/${v.label}`, cells: v.cells })),
      columns,
    );
    const wanted = outletsOf(perOutlet).flatMap((outlet) =>
      entries(perOutlet[outlet]).map((entry) => ({ outlet, entry, block: blockOf(outlet, entry), what: `${group.id} ${outlet} "${entry.words}"` })),
    );
    return scoreSpans(shown, wanted, columns);
  });
  return combine(parts);
}

export function scoreSources(gold: Gold, c: Comparison, columns: readonly ArticleInput[]): Score {
  const blockOf = blockResolver(columns);
  const wanted = columns.flatMap((col) =>
    entries(gold.sources[col.outletId]).map((entry) => ({
      outlet: col.outletId,
      entry,
      block: blockOf(col.outletId, entry),
      what: `${col.outletId} "${entry.words}"`,
    })),
  );
  return scoreSpans(shownSpans(c.sources, columns), wanted, columns);
}

function combine(parts: Score[]): Score {
  const sum = (f: (s: Score) => number) => parts.reduce((n, s) => n + f(s), 0);
  return score(
    sum((s) => s.shown),
    parts.flatMap((s) => s.wrong),
    sum((s) => s.required),
    parts.flatMap((s) => s.missed),
    sum((s) => s.skipped),
  );
}

/** The three scores and all of them together. */
export function scoreReading(gold: Gold, c: Comparison, columns: readonly ArticleInput[]) {
  const parts = { topics: scoreTopics(gold, c, columns), 'word choice': scoreWordChoice(gold, c, columns), sources: scoreSources(gold, c, columns) };
  return { ...parts, overall: combine(Object.values(parts)) };
}
