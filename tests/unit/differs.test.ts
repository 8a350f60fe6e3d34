/** "What differs" (src/lib/comparison/differs.ts): the grid and the notes, on the frozen fixture corpus and on the real articles. */
import { describe, expect, it } from 'vitest';
import { buildComparison, type Comparison } from '../../src/lib/comparison/index.ts';
import { noteText, whatDiffers, type DiffersNote } from '../../src/lib/comparison/differs.ts';
import { fold } from '../../src/lib/fold.ts';
import { allOutletsInput, fixtureCorpus } from '../helpers/corpus.ts';

const fixture = buildComparison(allOutletsInput(fixtureCorpus));
const input = allOutletsInput();
const real = buildComparison(input);

const quotes = (n: DiffersNote) => n.pieces.filter((p) => typeof p === 'object' && 'quote' in p) as { quote: string; outlet: string; href: string }[];

describe('what differs, on the fixture corpus', () => {
  const d = whatDiffers(fixture);
  it('grids each statement by outlet: reported (with its paragraph), not reported, or on another event', () => {
    expect(d.rows.map((r) => [r.id, r.href, Object.entries(r.cells).map(([o, c]) => [o, c.status, c.href])])).toEqual([
      [
        'new-chapter',
        '/compare/#statement-new-chapter',
        [
          ['alpha-agency', 'words', '/outlets/alpha-agency/#both-sides-described-the-partnership-as'],
          ['beta-daily', 'not-reported', null],
          ['gamma-wire', 'other-event', null],
        ],
      ],
      [
        'trade-grew',
        '/compare/#statement-trade-grew',
        [
          ['alpha-agency', 'not-reported', null],
          ['beta-daily', 'words', '/outlets/beta-daily/#the-two-leaders-agreed-that-trade'],
          ['gamma-wire', 'other-event', null],
        ],
      ],
    ]);
  });
  it('notes figures that differ (here only across events) and wordings that differ, figures first', () => {
    expect(d.notes.map(noteText)).toEqual([
      'Trade: the figures differ between the events. Alpha Agency “$150 billion”; Gamma Wire (on the Example talks, 20 November 2025) “$90 billion”.',
      'Naming the war, in each outlet’s most used wording: Alpha Agency “war”; Beta Daily “full-scale war”; Gamma Wire (on the Example talks, 20 November 2025) “war”.',
    ]);
    expect(quotes(d.notes[1]!).map((q) => [q.outlet, q.quote])).toEqual([
      ['alpha-agency', 'war'],
      ['beta-daily', 'full-scale war'],
      ['gamma-wire', 'war'],
    ]);
  });
  it('says which article alone has markers of a topic, and what no marker was found for, never "does not mention"', () => {
    // Beta Daily's cells emptied: Alpha Agency is then the only article on the event with markers of each topic it has.
    const topics = fixture.topics.map((t) => ({ ...t, cells: { ...t.cells, 'beta-daily': { blocks: [], words: 0, share: 0 } } }));
    const having = fixture.topics.filter((t) => (t.cells['alpha-agency']?.blocks.length ?? 0) > 0);
    expect(having.length).toBeGreaterThan(0);
    const notes = whatDiffers({ ...fixture, topics } satisfies Comparison).notes;
    const only = notes.filter((n) => n.kind === 'only');
    expect(only.map((n) => n.subject)).toEqual(having.map((t) => t.id));
    for (const n of only) expect(noteText(n)).toMatch(/: markers found only in Alpha Agency's article/);
    const none = notes.filter((n) => n.kind === 'no-marker');
    expect(none.map((n) => [n.evidence[0]!.outlet, n.subject])).toEqual([['beta-daily', having.map((t) => t.id).join(' ')]]);
    expect(noteText(none[0]!)).toMatch(/^No marker of .+ found in Beta Daily's article\.$/);
    // Gamma Wire's article is on another event: no topic note is about it.
    expect(notes.some((n) => n.evidence.some((e) => e.outlet === 'gamma-wire') && (n.kind === 'only' || n.kind === 'no-marker'))).toBe(false);
  });
});

describe('what differs, on the real articles', () => {
  const d = whatDiffers(real);
  const blockText = (outlet: string, block: string) => input.columns.find((c) => c.outletId === outlet)?.blocks.find((b) => b.id === block)?.text;
  it('grids every statement and every outlet, as the statements table does', () => {
    expect(d.rows.map((r) => r.id)).toEqual(real.statements.map((s) => s.id));
    for (const r of d.rows) {
      const s = real.statements.find((x) => x.id === r.id)!;
      for (const c of real.columns) {
        const cell = s.cells[c.id]!;
        const want = cell.status === 'reported' ? (cell.attribution.type === 'outlet-own-words' ? 'framing' : 'words') : cell.status;
        expect(r.cells[c.id]!.status).toBe(want);
        if (cell.status === 'reported') expect(r.cells[c.id]!.href).toBe(`/outlets/${c.id}/#${cell.block.id}`);
      }
    }
    // The Kyiv Independent's article is on the 2025 call: its column says so, not "not reported".
    expect(d.rows.every((r) => r.cells['kyiv-independent']!.status === 'other-event')).toBe(true);
  });
  it('quotes only words the outlet printed, in the paragraph the quote links to', () => {
    const all = d.notes.flatMap(quotes);
    expect(all.length).toBeGreaterThan(5);
    for (const q of all) {
      const [, outlet, block] = /^\/outlets\/([^/]+)\/#(.+)$/.exec(q.href)!;
      expect(outlet).toBe(q.outlet);
      expect(fold(blockText(outlet!, block!) ?? '')).toContain(fold(q.quote));
    }
  });
  it('makes each kind of note the data supports, and no claim it cannot', () => {
    expect(new Set(d.notes.map((n) => n.kind))).toEqual(new Set(['figures', 'only', 'words', 'no-marker']));
    for (const n of d.notes) expect(noteText(n)).not.toMatch(/does not mention|doesn't mention|ignores|omits/i);
    for (const n of d.notes.filter((x) => x.kind === 'no-marker'))
      for (const e of n.evidence) {
        const topic = real.topics.find((t) => e.href.endsWith(`#coverage-${t.id}`))!;
        expect(topic.cells[e.outlet]!.blocks).toEqual([]);
      }
    // Word choice differs in how the outlets name the war: each outlet's words, each linked.
    const war = d.notes.find((n) => n.kind === 'words' && n.subject === real.wordChoice[0]!.id)!;
    expect(new Set(quotes(war).map((q) => q.outlet)).size).toBeGreaterThan(1);
  });
});
