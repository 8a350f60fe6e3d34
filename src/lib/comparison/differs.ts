/**
 * "What differs": the comparison read for its differences. A grid of how each
 * outlet carried each statement, and short notes, each pointing at its
 * evidence: a topic only one outlet's article has markers of, topics an
 * article has no marker of, figures for one measure that disagree, and the
 * wordings outlets choose for one thing. Pure: the page and the tests call it.
 *
 * Notes say only what the data shows: "no marker found", never "does not
 * mention"; words in quotation marks are an outlet's matched words, each with
 * its outlet and paragraph.
 */
import { compareRowId, compareRowPath, paragraphPath } from '../paths.ts';
import type { Column, Comparison, StatementCell } from './types.ts';

/** How an outlet carried a statement, as the grid shows it. */
type DiffersStatus = 'words' | 'framing' | 'not-reported' | 'other-event';

export interface DiffersCell {
  status: DiffersStatus;
  /** The paragraph it stands in, when reported. */
  href: string | null;
  /** Who the sentence attributes it to, when reported ("Vladimir Putin"); null when none is named. */
  speaker: string | null;
}

interface DiffersRow {
  id: string;
  label: string;
  href: string;
  cells: Record<string, DiffersCell>;
}

/** One piece of a note: plain words, a link, or an outlet's own words (quoted) linked to their paragraph. */
type NotePiece = string | { text: string; href: string } | { quote: string; outlet: string; href: string };

/** What a note rests on: the outlet, the paragraph (or none, for a /compare/ row), the words found there. */
interface Evidence {
  outlet: string;
  block: string | null;
  words: string | null;
  href: string;
}

export interface DiffersNote {
  kind: 'only' | 'no-marker' | 'figures' | 'words';
  /** The row of the comparison the note is about: a topic, a measure or a word-choice group id. */
  subject: string;
  pieces: NotePiece[];
  evidence: Evidence[];
}

export interface WhatDiffers {
  rows: DiffersRow[];
  notes: DiffersNote[];
}

const statusOf = (c: StatementCell): DiffersCell => {
  if (c.status !== 'reported') return { status: c.status, href: null, speaker: null };
  return { status: c.attribution.type === 'outlet-own-words' ? 'framing' : 'words', href: null, speaker: c.attribution.speaker };
};

/** "TASS", or "Kyiv Independent (on the 2025 call)" for an article on another event. */
const named = (c: Column) => (c.otherEvent ? `${c.name} (on the ${c.eventTitle})` : c.name);

export function whatDiffers(comparison: Comparison): WhatDiffers {
  const { columns } = comparison;
  const byId = new Map(columns.map((c) => [c.id, c]));
  const link = (outlet: string, block: string) => paragraphPath(outlet, block, { page: byId.get(outlet)!.href });

  const rows: DiffersRow[] = comparison.statements.map((s) => ({
    id: s.id,
    label: s.label,
    href: compareRowPath(compareRowId.statement(s.id)),
    cells: Object.fromEntries(
      columns.map((c) => {
        const cell = s.cells[c.id] ?? { status: 'not-reported' as const };
        const out = statusOf(cell);
        if (cell.status === 'reported') out.href = link(c.id, cell.block.id);
        return [c.id, out];
      }),
    ),
  }));

  const notes: DiffersNote[] = [];
  // Topics are compared among the articles on the edition's event: another event's article is no measure of them.
  const same = columns.filter((c) => !c.otherEvent);

  // Word choice: each outlet's most used wording of a group, when outlets use different ones.
  for (const g of comparison.wordChoice) {
    const picks = columns.flatMap((c) => {
      const best = g.variants
        .map((v) => ({ label: v.label, cell: v.cells[c.id] }))
        .filter((v) => v.cell && v.cell.count > 0 && v.cell.words.length > 0)
        .sort((a, b) => b.cell!.count - a.cell!.count)[0];
      const w = best?.cell?.words[0];
      return best && w ? [{ column: c, label: best.label, words: w.text, block: w.block.id }] : [];
    });
    if (picks.length < 2 || new Set(picks.map((p) => p.label)).size < 2) continue;
    const pieces: NotePiece[] = [{ text: g.label, href: compareRowPath(compareRowId.wordGroup(g.id)) }, ', in each outlet’s most used wording: '];
    picks.forEach((p, i) => {
      if (i > 0) pieces.push('; ');
      pieces.push(`${named(p.column)} `, { quote: p.words, outlet: p.column.id, href: link(p.column.id, p.block) });
    });
    pieces.push('.');
    notes.push({
      kind: 'words',
      subject: g.id,
      pieces,
      evidence: picks.map((p) => ({ outlet: p.column.id, block: p.block, words: p.words, href: link(p.column.id, p.block) })),
    });
  }

  // Figures: one measure, different values or bounds.
  for (const g of comparison.figures) {
    if (g.id === 'other') continue;
    // "US$" and "$" are one currency as printed by different outlets; a row already holds one kind of figure.
    const reading = (f: (typeof g.items)[number]) => `${f.value} ${f.unit.replace(/^US\$$/, '$')} ${f.bound ?? 'exact'}`;
    // Each outlet's figures, each distinct reading once.
    const seen = new Set<string>();
    const items = g.items.filter((f) => !seen.has(`${f.outlet} ${reading(f)}`) && seen.add(`${f.outlet} ${reading(f)}`));
    if (new Set(items.map((f) => f.outlet)).size < 2 || new Set(items.map(reading)).size < 2) continue;
    // Whether the articles on the edition's event disagree, or only an article on another event gives another figure.
    const within = new Set(items.filter((f) => !byId.get(f.outlet)?.otherEvent).map(reading)).size > 1;
    const pieces: NotePiece[] = [
      { text: g.label, href: compareRowPath(compareRowId.figures(g.id)) },
      within ? ': the figures differ. ' : ': the figures differ between the events. ',
    ];
    items.forEach((f, i) => {
      const c = byId.get(f.outlet)!;
      if (i > 0) pieces.push('; ');
      pieces.push(`${named(c)} `, { quote: f.text, outlet: f.outlet, href: link(f.outlet, f.block.id) });
      if (f.bound) pieces.push(` (${f.bound === 'floor' ? 'a lower bound' : f.bound === 'ceiling' ? 'an upper bound' : 'approximate'})`);
    });
    pieces.push('.');
    notes.push({
      kind: 'figures',
      subject: g.id,
      pieces,
      evidence: items.map((f) => ({ outlet: f.outlet, block: f.block.id, words: f.text, href: link(f.outlet, f.block.id) })),
    });
  }

  // A topic only one article (of those on the edition's event) has markers of.
  if (same.length > 1) {
    for (const t of comparison.topics) {
      const having = same.filter((c) => (t.cells[c.id]?.blocks.length ?? 0) > 0);
      if (having.length !== 1) continue;
      const c = having[0]!;
      const block = t.cells[c.id]!.blocks[0]!;
      const words = block.segments.find((s) => s.mark)?.text ?? null;
      const href = link(c.id, block.id);
      notes.push({
        kind: 'only',
        subject: t.id,
        pieces: [
          { text: t.label, href: compareRowPath(compareRowId.coverage(t.id)) },
          `: markers found only in ${c.name}'s article`,
          ...(words ? [', first ', { quote: words, outlet: c.id, href }] : []),
          '.',
        ],
        evidence: [{ outlet: c.id, block: block.id, words, href }],
      });
    }
  }

  // Per article: the topics others have markers of and it has none.
  for (const c of same) {
    const missing = comparison.topics.filter(
      (t) => (t.cells[c.id]?.blocks.length ?? 0) === 0 && same.some((o) => o.id !== c.id && (t.cells[o.id]?.blocks.length ?? 0) > 0),
    );
    if (missing.length === 0) continue;
    const pieces: NotePiece[] = ['No marker of '];
    missing.forEach((t, i) => {
      if (i > 0) pieces.push(i === missing.length - 1 ? ' or ' : ', ');
      pieces.push({ text: t.label, href: compareRowPath(compareRowId.coverage(t.id)) });
    });
    pieces.push(` found in ${c.name}'s article.`);
    notes.push({
      kind: 'no-marker',
      subject: missing.map((t) => t.id).join(' '),
      pieces,
      evidence: missing.map((t) => ({ outlet: c.id, block: null, words: null, href: compareRowPath(compareRowId.coverage(t.id)) })),
    });
  }

  const order: DiffersNote['kind'][] = ['figures', 'only', 'words', 'no-marker'];
  return { rows, notes: notes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)) };
}

/** A note as plain text, quoted words in curly quotes (for the tests and for text exports). */
export const noteText = (n: DiffersNote): string =>
  n.pieces.map((p) => (typeof p === 'string' ? p : 'quote' in p ? `“${p.quote}”` : p.text)).join('');
