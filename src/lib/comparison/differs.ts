/**
 * "What differs": the comparison read for its differences. A grid of how each
 * outlet carried each thing said, built from the sentence aligner's groups
 * (/data/alignment.json: the sentences that report one statement or one fact),
 * and short notes, each pointing at its evidence: a topic only one outlet's
 * article has markers of, topics an article has no marker of, figures for one
 * measure that disagree, and the wordings outlets choose for one thing. Pure:
 * the pages and the tests call it, per edition: a comparison and the
 * alignment in, the grid and the notes out.
 *
 * A row is an aligned group, labelled by the curated statements it holds
 * (content/comparison/statements.yaml), or, when it holds none, by the first
 * outlet's own words, quoted and linked; a curated statement no group holds
 * (one outlet alone) is a row of its own. Notes and cells say only what the
 * data shows: "no marker found", never "does not mention"; "no matching
 * sentence found", never "not reported"; words in quotation marks are an
 * outlet's printed words, each with its outlet and paragraph.
 */
import type { Alignment } from '../align/align.ts';
import { fold } from '../fold.ts';
import { compareRowId, compareRowPath, paragraphPath } from '../paths.ts';
import { sentenceAttribution, type Attribution } from './attribution.ts';
import type { Column, Comparison } from './types.ts';

/** How an outlet carried a row, as the grid shows it: quoted or reported speech, its own framing, no sentence in the row's group, or an article on another event. */
type DiffersStatus = 'words' | 'framing' | 'none' | 'other-event';

/** One sentence (or a curated rendering) exactly as the outlet printed it, and its paragraph. */
interface DiffersSentence {
  text: string;
  block: string;
  href: string;
  attribution: Attribution;
}

export interface DiffersCell {
  status: DiffersStatus;
  /** The paragraph of its first sentence, when it has one. */
  href: string | null;
  /** Who the sentence attributes it to, when reported ("Vladimir Putin"); null when none is named. */
  speaker: string | null;
  /** The outlet's sentences in the row, in the order of its article. */
  sentences: DiffersSentence[];
}

/** The words that stand for a row no curated statement labels: the first outlet's sentence, cut at a word when long. */
interface RowWords {
  outlet: string;
  name: string;
  /** A prefix of the sentence, exactly as printed. */
  text: string;
  clipped: boolean;
  href: string;
}

export interface DiffersRow {
  /** The aligned group's id (a curated statement's id when it holds one), or the statement's id for a statement no group holds. */
  id: string;
  /** The curated statements it holds, each with its row of the statements table. */
  statements: { id: string; label: string; href: string }[];
  /** When it holds none: the words it is shown by. */
  words: RowWords | null;
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

/** A row's words cut after this many words. */
const ROW_WORDS = 12;

/** "TASS", or "Kyiv Independent (on the 2025 call)" for an article on another event. */
const named = (c: Column) => (c.otherEvent ? `${c.name} (on the ${c.eventTitle})` : c.name);

/** A row's name as plain text: its statements' labels, or the outlet's words in quotation marks. */
export const rowLabel = (r: DiffersRow): string =>
  r.words ? `${r.words.name}: “${r.words.text}”${r.words.clipped ? '…' : ''}` : r.statements.map((s) => s.label).join('; ');

/** Words in quotation marks, cut at a word to fit `max` characters, the ellipsis outside the marks (so the quoted words stay the outlet's). */
export function quoteCut(text: string, clipped: boolean, max: number): string {
  let cut = text;
  while (cut.length > max - 3 && /\s/.test(cut)) cut = cut.replace(/\s*\S+$/, '');
  return `“${cut}”${clipped || cut !== text ? '…' : ''}`;
}

const overlaps = (a: string, b: string) => {
  const [x, y] = [fold(a).toLowerCase(), fold(b).toLowerCase()];
  return x.includes(y) || y.includes(x);
};

/** Cut at a word: a prefix of the sentence, so the quoted words stay the outlet's own. */
function clipWords(text: string): { text: string; clipped: boolean } {
  const words = text.trim().split(/\s+/);
  // Never between a figure and its word ("$4.2" | "billion"): after a word holding a digit, the cut takes the next one.
  let n = ROW_WORDS;
  while (n < words.length && /\d/.test(words[n - 1]!)) n++;
  if (words.length <= n + 2) return { text: text.trim(), clipped: false };
  return {
    text: words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:(—–-]+$/, ''),
    clipped: true,
  };
}

function cellOf(sentences: DiffersSentence[]): DiffersCell {
  const said = sentences.filter((x) => x.attribution.type !== 'outlet-own-words');
  return {
    status: said.length > 0 ? 'words' : 'framing',
    href: sentences[0]!.href,
    speaker: said.find((x) => x.attribution.speaker !== null)?.attribution.speaker ?? null,
    sentences,
  };
}

/** The grid: one row per aligned group of the edition's event, and one per curated statement no group holds. */
function differsRows(comparison: Comparison, alignment: Alignment): DiffersRow[] {
  const { columns } = comparison;
  const byId = new Map(columns.map((c) => [c.id, c]));
  const link = (outlet: string, block: string) => paragraphPath(outlet, block, { page: byId.get(outlet)!.href });
  const groups = alignment.events.find((e) => e.event === comparison.event.id)?.groups ?? [];
  const same = columns.filter((c) => !c.otherEvent);

  // Which curated statements label each group, as /data/alignment.json labels it: the group holds a rendering in one of
  // its sentences (or a sentence inside a rendering). A statement one outlet renders labels no group: the aligner's
  // other sentences are not what its curator read.
  const held = new Map<string, number[]>();
  const inGroup = new Set<number>();
  comparison.statements.forEach((s, i) => {
    for (const g of groups) {
      if (g.label === null || !g.label.split('; ').includes(s.label)) continue;
      const holds = g.members.some((m) => {
        const cell = s.cells[m.outlet];
        return (
          cell?.status === 'reported' && byId.get(m.outlet)?.articleId === m.article && cell.block.id === m.paragraph && overlaps(m.text, cell.quote)
        );
      });
      if (!holds) continue;
      held.set(g.id, [...(held.get(g.id) ?? []), i]);
      inGroup.add(i);
    }
  });
  // The curated attribution of a sentence holding a rendering (the speaker resolved across the article), else the sentence's own.
  const attribution = (outlet: string, block: string, text: string): Attribution => {
    for (const s of comparison.statements) {
      const cell = s.cells[outlet];
      if (cell?.status === 'reported' && cell.block.id === block && overlaps(text, cell.quote)) return cell.attribution;
    }
    return sentenceAttribution(text);
  };
  const statementRef = (i: number) => {
    const s = comparison.statements[i]!;
    return { id: s.id, label: s.label, href: compareRowPath(compareRowId.statement(s.id)) };
  };
  const other = (c: Column): DiffersCell => ({ status: c.otherEvent ? 'other-event' : 'none', href: null, speaker: null, sentences: [] });

  const rows: { order: number; row: DiffersRow }[] = [];
  groups.forEach((g, gi) => {
    const cells: Record<string, DiffersCell> = {};
    for (const c of columns) {
      // The column's article only: a second article of the outlet on the event is not the one its column shows.
      const members = c.otherEvent ? [] : g.members.filter((m) => m.outlet === c.id && m.article === c.articleId);
      cells[c.id] = members.length
        ? cellOf(
            members.map((m) => ({
              text: m.text,
              block: m.paragraph,
              href: link(c.id, m.paragraph),
              attribution: attribution(c.id, m.paragraph, m.text),
            })),
          )
        : other(c);
    }
    const statements = held.get(g.id) ?? [];
    const reporting = same.filter((c) => cells[c.id]!.sentences.length > 0);
    if (statements.length === 0 && reporting.length < 2) return;
    const first = reporting[0]!;
    const sentence = cells[first.id]!.sentences[0]!;
    rows.push({
      order: statements.length ? statements[0]! : comparison.statements.length + gi,
      row: {
        id: g.id,
        statements: statements.map(statementRef),
        words: statements.length ? null : { outlet: first.id, name: first.name, ...clipWords(sentence.text), href: sentence.href },
        cells,
      },
    });
  });
  // A curated statement no group holds (one outlet's words): its own row, from its cells.
  const ids = new Set(groups.map((g) => g.id));
  comparison.statements.forEach((s, i) => {
    if (inGroup.has(i)) return;
    const cells: Record<string, DiffersCell> = {};
    for (const c of columns) {
      const cell = s.cells[c.id];
      cells[c.id] =
        cell?.status === 'reported' && !c.otherEvent
          ? cellOf([{ text: cell.quote, block: cell.block.id, href: link(c.id, cell.block.id), attribution: cell.attribution }])
          : other(c);
    }
    if (!same.some((c) => cells[c.id]!.sentences.length > 0)) return;
    let id = s.id;
    for (let k = 2; ids.has(id); k++) id = `${s.id}-${k}`;
    ids.add(id);
    rows.push({ order: i, row: { id, statements: [statementRef(i)], words: null, cells } });
  });
  return rows.sort((a, b) => a.order - b.order).map((r) => r.row);
}

export function whatDiffers(comparison: Comparison, alignment: Alignment): WhatDiffers {
  const { columns } = comparison;
  const byId = new Map(columns.map((c) => [c.id, c]));
  const link = (outlet: string, block: string) => paragraphPath(outlet, block, { page: byId.get(outlet)!.href });
  const rows = differsRows(comparison, alignment);

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
