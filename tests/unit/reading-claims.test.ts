/**
 * The comparison's claims against the hand-made reading of the five articles
 * (tests/fixtures/gold/reading.yaml, made by reading them, not by running the
 * code): statements (which outlet reports which statement, and whether as a
 * direct quote, reported speech or its own words, and whose), figures (the
 * value, what its qualifier makes of it, the period it covers, the call it
 * was reported at) and metadata (whose headline and byline, where from).
 *
 * Precision is over what a reader is shown (each cell, each figure and what
 * is said beside it, each headline and byline and its note): a claim the
 * reading does not support is a false claim. Recall is over what the reading
 * says must be there: statements it marks as clearly or partly the same
 * (not "loose" ones, a judgement call), and figures not marked borderline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Block } from '../../src/lib/blocks.ts';
import { buildComparison, type Comparison } from '../../src/lib/comparison/index.ts';
import { fold } from '../../src/lib/fold.ts';
import { root } from '../helpers/build.ts';
import { allOutletsInput, readEntries } from '../helpers/corpus.ts';

interface GoldRendering {
  para: string;
  words: string;
  attribution: 'direct-quote' | 'reported-speech' | 'outlet-own-words';
  speaker: string | null;
  match: 'exact-sense' | 'partial' | 'loose';
}
interface GoldStatement {
  status: 'reported' | 'not-reported' | 'other-event';
  renderings?: GoldRendering[];
}
interface GoldFigure {
  value: string;
  meaning: 'floor' | 'ceiling' | 'approximate' | 'exact';
  period: string | null;
  call: string;
  para: string;
  words: string;
  borderline?: boolean;
}
interface GoldMetadata {
  headline_in_body: boolean;
  headline_in_capture?: boolean;
  byline: string | null;
  byline_in_body: boolean;
  byline_in_capture?: boolean;
}
interface Gold {
  events: Record<string, string>;
  figures: Record<string, GoldFigure[] | string>;
  statements: Record<string, Record<string, GoldStatement>>;
  metadata: Record<string, GoldMetadata>;
}

const gold = parse(readFileSync(path.join(root, 'tests/fixtures/gold/reading.yaml'), 'utf8')) as Gold;
const input = allOutletsInput();
const comparison: Comparison = buildComparison(input);
const blocksOf = new Map(input.columns.map((c) => [c.outletId, c.blocks]));
const mainEvent = comparison.event.id;

const squash = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
const norm = (s: string) => squash(s).toLowerCase();

/** The block a gold `para` names: "standfirst", or the block whose text begins with those words. */
function blockOf(outlet: string, para: string): Block {
  const blocks = blocksOf.get(outlet) ?? [];
  const found = para === 'standfirst' ? blocks.find((b) => b.id === 'standfirst') : blocks.find((b) => squash(b.text).startsWith(squash(para)));
  if (!found) throw new Error(`reading.yaml: ${outlet} has no paragraph beginning "${para}"`);
  return found;
}

/** Where words stand in a block, folded: [start, end), or null. */
function spanIn(block: Block, words: string): [number, number] | null {
  const text = fold(block.text);
  const at = text.indexOf(fold(words).trim());
  return at < 0 ? null : [at, at + fold(words).trim().length];
}
const overlaps = (a: [number, number] | null, b: [number, number] | null) => a !== null && b !== null && a[0] < b[1] && b[0] < a[1];

/** One person for each way of naming them; both leaders as one speaker. */
function person(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = name.toLowerCase();
  if (/\band\b|leaders|both|sides/.test(n)) return 'both';
  for (const p of ['putin', 'xi', 'ushakov', 'kremlin']) if (n.includes(p)) return p;
  return n;
}

interface Score {
  claims: number;
  right: number;
  required: number;
  found: number;
  misses: string[];
  wrong: string[];
}
const score = (): Score => ({ claims: 0, right: 0, required: 0, found: 0, misses: [], wrong: [] });
const claim = (s: Score, ok: boolean, what: string) => {
  s.claims++;
  if (ok) s.right++;
  else s.wrong.push(what);
};
const require_ = (s: Score, ok: boolean, what: string) => {
  s.required++;
  if (ok) s.found++;
  else s.misses.push(what);
};
const precision = (s: Score) => (s.claims === 0 ? 1 : s.right / s.claims);
const recall = (s: Score) => (s.required === 0 ? 1 : s.found / s.required);

// ---------------------------------------------------------------- statements
const statements = score();
const attributions = score();
for (const row of comparison.statements) {
  const goldRow = gold.statements[row.id];
  if (!goldRow) {
    // A row the reading does not have: what it shows is not supported (before the split, "un-and-wwii").
    for (const [outlet, cell] of Object.entries(row.cells))
      if (cell.status === 'reported') claim(statements, false, `${row.id}/${outlet}: a statement the reading does not have ("${row.label}")`);
    continue;
  }
  for (const [outlet, cell] of Object.entries(row.cells)) {
    const g = goldRow[outlet];
    expect(g, `reading.yaml: statement "${row.id}" has no entry for ${outlet}`).toBeDefined();
    const renderings = g!.renderings ?? [];
    const required = renderings.some((r) => r.match !== 'loose');
    const where = `${row.id}/${outlet}`;
    if (cell.status === 'reported') {
      const block = blocksOf.get(outlet)!.find((b) => b.id === cell.block.id)!;
      const span = spanIn(block, cell.quote);
      const same = renderings.find((r) => blockOf(outlet, r.para).id === block.id && overlaps(span, spanIn(block, r.words)));
      claim(statements, g!.status === 'reported' && same !== undefined, `${where}: shown as reported by "${cell.quote}"`);
      if (required) require_(statements, same !== undefined, `${where}: reported`);
      // Who the words are attributed to, as shown beside them (before: "Attributed to <speaker>" on every row).
      const shown = 'attribution' in cell ? cell.attribution : { type: 'attributed' as const, speaker: row.speaker };
      const typeOk =
        same !== undefined && (shown.type === same.attribution || (shown.type === 'attributed' && same.attribution !== 'outlet-own-words'));
      const speakerOk = same !== undefined && person(shown.speaker) === person(same.speaker);
      claim(
        attributions,
        typeOk && speakerOk,
        `${where}: shown as ${shown.type} by ${shown.speaker} (reading: ${same?.attribution} by ${same?.speaker})`,
      );
      if (same && same.match !== 'loose') require_(attributions, typeOk && speakerOk, `${where}: ${same.attribution} by ${same.speaker}`);
    } else if (cell.status === 'not-reported') {
      claim(statements, g!.status === 'not-reported' || (g!.status === 'reported' && !required), `${where}: shown as not reported`);
      if (required) require_(statements, false, `${where}: reported`);
    } else {
      claim(statements, g!.status === 'other-event', `${where}: shown as another event`);
    }
  }
}
// Every statement the reading has is one the comparison shows (a missing row is a miss for each outlet that reports it).
for (const [id, row] of Object.entries(gold.statements)) {
  if (comparison.statements.some((s) => s.id === id)) continue;
  for (const [outlet, g] of Object.entries(row))
    if ((g.renderings ?? []).some((r) => r.match !== 'loose')) require_(statements, false, `${id}/${outlet}: no such row`);
}

// ---------------------------------------------------------------- figures
const figures = score();
const OLD_BOUNDS: Record<string, string> = { 'up to': 'ceiling', under: 'ceiling', 'less than': 'ceiling', 'at least': 'floor' };
const meaningOf = (f: { bound?: string | null; qualifier: string | null }) =>
  f.bound !== undefined
    ? (f.bound ?? 'exact')
    : f.qualifier
      ? (OLD_BOUNDS[f.qualifier] ?? (/more|over|exceed/.test(f.qualifier) ? 'floor' : 'approximate'))
      : 'exact';
const matched = new Map<GoldFigure, Comparison['figures'][number]['items'][number]>();
for (const g of comparison.figures) {
  for (const f of g.items) {
    const list = gold.figures[f.outlet];
    const goldList = Array.isArray(list) ? list : [];
    const where = `${f.outlet}: ${f.text}`;
    const candidates = goldList.filter((x) => !matched.has(x) && blockOf(f.outlet, x.para).id === f.block.id && norm(f.text).includes(norm(x.value)));
    const same = candidates[0];
    if (same) matched.set(same, f);
    claim(figures, same !== undefined, `${where}: a figure the reading does not have`);
    if (!same) continue;
    claim(figures, meaningOf(f) === same.meaning, `${where}: shown as ${meaningOf(f)} (reading: ${same.meaning})`);
    // The period shown beside it (before: "refers to <year>" from any year in the sentence).
    // (Before periods were read, the context said "refers to <year>" for any year in the sentence.)
    const shown = f as { period?: string[]; context: string | null };
    const period = shown.period ?? [...(shown.context ?? '').matchAll(/refers to ([^;]+)/g)].map((m) => m[1]!);
    if (period.length > 0) {
      const ok =
        same.period !== null &&
        period.every((p) => norm(same.words).includes(norm(p)) || norm(same.period!).includes(norm(p))) &&
        period.some((p) => norm(p).includes(norm(same.period!)) || norm(same.period!).includes(norm(p)));
      claim(figures, ok, `${where}: shown with period ${period.join(', ')} (reading: ${same.period})`);
    }
    const otherShown = (f.context ?? '').includes('reported at the');
    claim(figures, otherShown === (same.call !== mainEvent), `${where}: ${otherShown ? '' : 'not '}shown as from another event`);
  }
}
for (const [outlet, list] of Object.entries(gold.figures)) {
  if (!Array.isArray(list)) continue;
  for (const x of list) {
    if (x.borderline) continue;
    const where = `${outlet}: ${x.value} (${x.para.slice(0, 30)}…)`;
    const f = matched.get(x);
    require_(figures, f !== undefined, `${where}: found`);
    require_(figures, f !== undefined && meaningOf(f) === x.meaning, `${where}: ${x.meaning}`);
    if (x.period !== null) {
      const period = f && 'period' in f ? (f.period as string[]) : [];
      require_(
        figures,
        period.some((p) => norm(p).includes(norm(x.period!)) || norm(x.period!).includes(norm(p))),
        `${where}: period ${x.period}`,
      );
    }
    if (x.call !== mainEvent) require_(figures, (f?.context ?? '').includes('reported at the'), `${where}: other event`);
  }
}

// ---------------------------------------------------------------- metadata
const metadata = score();
const articles = new Map(readEntries().articles.map((a) => [a.data.outlet, a.data as typeof a.data & { bylineSource?: string }]));
for (const column of comparison.columns) {
  const g = gold.metadata[column.id];
  expect(g, `reading.yaml: no metadata for ${column.id}`).toBeDefined();
  const article = articles.get(column.id)!;
  const where = column.id;
  // The headline is shown as the outlet's own only when the capture prints it.
  const own = !g!.headline_in_body && !g!.headline_in_capture ? false : true;
  claim(metadata, column.headlineSupplied === !own, `${where}: headline ${column.headlineSupplied ? 'flagged' : 'shown as printed'}`);
  require_(metadata, column.headlineSupplied === !own, `${where}: headline ${own ? 'as printed' : 'flagged'}`);
  // The byline, and a note where the capture does not print it.
  claim(metadata, (article.byline ?? null) === g!.byline, `${where}: byline ${article.byline}`);
  require_(metadata, (article.byline ?? null) === g!.byline, `${where}: byline ${g!.byline}`);
  if (g!.byline !== null) {
    const needsNote = !g!.byline_in_body && !g!.byline_in_capture;
    claim(metadata, (article.bylineSource !== undefined) === needsNote, `${where}: byline ${article.bylineSource ? 'with' : 'without'} a note`);
    require_(metadata, (article.bylineSource !== undefined) === needsNote, `${where}: byline note`);
  }
  // The event the article is shown as covering.
  claim(metadata, column.eventId === gold.events[column.id], `${where}: covers ${column.eventId}`);
  require_(metadata, column.eventId === gold.events[column.id], `${where}: event`);
}

// Each event's description: what it says of the timing ("shortly after the inauguration") is in an article on that event.
const corpusEntries = readEntries();
for (const e of corpusEntries.events) {
  const texts = corpusEntries.articles.filter((a) => a.data.event === e.id).map((a) => norm(a.body));
  for (const m of e.data.description.matchAll(
    /\b(?:(?:shortly|just|soon|right|immediately|hours|days|weeks|a day|the day|the week)\s+)?(?:after|before)\s+the\s+[\p{L}-]+/giu,
  )) {
    const ok = texts.length > 0 && texts.some((t) => t.includes(norm(m[0])));
    claim(metadata, ok, `event ${e.id}: description says "${m[0]}"`);
    require_(metadata, ok, `event ${e.id}: "${m[0]}"`);
  }
}

const table = { statements, attributions, figures, metadata };

describe('the comparison against the hand-made reading (tests/fixtures/gold/reading.yaml)', () => {
  it('prints precision and recall', () => {
    console.log(
      [
        'part          claims  precision  required  recall',
        ...Object.entries(table).map(
          ([name, s]) =>
            `${name.padEnd(13)} ${String(s.claims).padStart(6)}  ${precision(s).toFixed(3).padStart(9)}  ${String(s.required).padStart(8)}  ${recall(s).toFixed(3).padStart(6)}`,
        ),
        ...Object.entries(table).flatMap(([name, s]) => [
          ...s.wrong.map((w) => `  false (${name}): ${w}`),
          ...s.misses.map((m) => `  missed (${name}): ${m}`),
        ]),
      ].join('\n'),
    );
    expect(Object.values(table).every((s) => s.claims > 0 && s.required > 0)).toBe(true);
  });
  it.each(Object.keys(table))('%s: every claim shown to readers is in the reading (precision 1.0)', (name) => {
    expect(table[name as keyof typeof table].wrong).toEqual([]);
  });
  it.each(Object.keys(table))('%s: recall is at least 0.95', (name) => {
    const s = table[name as keyof typeof table];
    expect(recall(s), s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
