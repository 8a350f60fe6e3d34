/** "What differs" (src/lib/comparison/differs.ts): the grid and the notes, on the frozen fixture corpus and on the real articles. */
import { describe, expect, it } from 'vitest';
import { readArticles, readStatements } from '../../src/build/alignment-input.ts';
import { align } from '../../src/lib/align/align.ts';
import { buildComparison, type Comparison } from '../../src/lib/comparison/index.ts';
import { noteText, rowLabel, whatDiffers, type DiffersNote } from '../../src/lib/comparison/differs.ts';
import { fold } from '../../src/lib/fold.ts';
import { allOutletsInput, fixtureCorpus } from '../helpers/corpus.ts';
import { contentDir } from '../helpers/site.ts';

// Every outlet a column, an article on another event included, so the grid's other-event cells are tested too.
const fixture = buildComparison(allOutletsInput(fixtureCorpus));
const fixtureAlignment = align(readArticles(fixtureCorpus), readStatements(fixtureCorpus));
const input = allOutletsInput();
const real = buildComparison(input);
const realAlignment = align(readArticles(contentDir), readStatements(contentDir));

const quotes = (n: DiffersNote) => n.pieces.filter((p) => typeof p === 'object' && 'quote' in p) as { quote: string; outlet: string; href: string }[];

describe('what differs, on the fixture corpus', () => {
  const d = whatDiffers(fixture, fixtureAlignment);
  it('grids each aligned group and each curated statement no group holds: the outlet’s words, its own framing, no matching sentence, another event', () => {
    expect(d.rows.map((r) => [r.id, rowLabel(r), Object.entries(r.cells).map(([o, c]) => [o, c.status, c.href])])).toEqual([
      // Curated, one outlet's rendering each: no group holds them (a group needs two outlets), so each is a row of its own.
      [
        'new-chapter',
        'The partnership opens a new chapter',
        [
          ['alpha-agency', 'words', '/outlets/alpha-agency/#both-sides-described-the-partnership-as'],
          ['beta-daily', 'none', null],
          ['gamma-wire', 'other-event', null],
        ],
      ],
      [
        'trade-grew',
        'Trade grew again',
        [
          ['alpha-agency', 'none', null],
          ['beta-daily', 'words', '/outlets/beta-daily/#the-two-leaders-agreed-that-trade'],
          ['gamma-wire', 'other-event', null],
        ],
      ],
      // The aligner's group, which no statement labels (trade-grew's one rendering does not make it curated): shown by the
      // first outlet's words, quoted; Alpha Agency's standfirst attributes nothing (its own framing), Beta Daily's sentence
      // is reported speech ("officials said").
      [
        'alpha-agency-the-two-leaders-agreed-to-expand',
        'Alpha Agency: “The two leaders agreed to expand trade and discussed the war in Ukraine.”',
        [
          ['alpha-agency', 'framing', '/outlets/alpha-agency/#standfirst'],
          ['beta-daily', 'words', '/outlets/beta-daily/#the-two-leaders-agreed-that-trade'],
          ['gamma-wire', 'other-event', null],
        ],
      ],
    ]);
    expect(d.rows[2]!.words).toMatchObject({ outlet: 'alpha-agency', clipped: false, href: '/outlets/alpha-agency/#standfirst' });
    expect(d.rows[2]!.cells['beta-daily']!.speaker).toBe('officials');
  });
  it('cuts a long sentence at a word for a row’s name, never between a figure and its word, the quoted words a prefix', () => {
    const text = 'One two three four five six seven eight nine ten eleven $4.2 billion in trade was reached this year.';
    const member = (outlet: string, paragraph: string, words: string) => ({ outlet, article: outlet, paragraph, text: words });
    const alignment = {
      version: 1 as const,
      events: [
        {
          event: fixture.event.id,
          groups: [
            {
              id: 'g',
              label: null,
              members: [
                member('alpha-agency', 'standfirst', text),
                member('beta-daily', 'the-two-leaders-agreed-that-trade', 'Trade reached $4.2 billion.'),
              ],
            },
          ],
        },
      ],
    };
    const row = whatDiffers(fixture, alignment).rows.find((r) => r.id === 'g')!;
    expect(row.words).toMatchObject({
      outlet: 'alpha-agency',
      text: 'One two three four five six seven eight nine ten eleven $4.2 billion',
      clipped: true,
    });
    expect(text.startsWith(row.words!.text)).toBe(true);
    expect(rowLabel(row)).toBe('Alpha Agency: “One two three four five six seven eight nine ten eleven $4.2 billion”…');
  });
  it('grids an event with no curated statement from the aligner’s groups alone', () => {
    const bare = whatDiffers({ ...fixture, statements: [] }, align(readArticles(fixtureCorpus), []));
    expect(bare.rows.map((r) => [r.statements.length, r.words?.outlet, r.cells['alpha-agency']!.status, r.cells['beta-daily']!.status])).toEqual([
      [0, 'alpha-agency', 'framing', 'words'],
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
    const notes = whatDiffers({ ...fixture, topics } satisfies Comparison, fixtureAlignment).notes;
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
  const d = whatDiffers(real, realAlignment);
  const blockText = (outlet: string, block: string) => input.columns.find((c) => c.outletId === outlet)?.blocks.find((b) => b.id === block)?.text;
  const groups = realAlignment.events.find((e) => e.event === real.event.id)!.groups;
  it('grids every aligned group of the event, and the curated statement no group holds', () => {
    expect(d.rows.map((r) => r.id).sort()).toEqual([...groups.map((g) => g.id), 'new-stage'].sort());
    // Curated rows in the statements file's order, then the aligner's own.
    expect(d.rows.filter((r) => r.statements.length).flatMap((r) => r.statements.map((s) => s.id))).toEqual(real.statements.map((s) => s.id));
    expect(d.rows.findIndex((r) => r.words)).toBe(d.rows.filter((r) => r.statements.length).length);
  });
  it('labels a group by the curated statements it holds, and reports every outlet the statement’s renderings are in, as the statements table does', () => {
    for (const r of d.rows)
      for (const ref of r.statements) {
        const s = real.statements.find((x) => x.id === ref.id)!;
        expect(ref.href).toBe(`/compare/#statement-${s.id}`);
        for (const c of real.columns) {
          const cell = s.cells[c.id]!;
          if (cell.status !== 'reported') continue;
          const got = r.cells[c.id]!;
          expect(
            got.sentences.some((x) => x.block === cell.block.id && fold(x.text).includes(fold(cell.quote).slice(0, 20))),
            `${r.id} ${c.id}`,
          ).toBe(true);
          // An outlet's cell is "words" when any of its sentences quotes or reports someone: the curated rendering's reading counts.
          if (cell.attribution.type !== 'outlet-own-words') expect(got.status, `${r.id} ${c.id}`).toBe('words');
        }
      }
  });
  it('fills a cell only from the sentences of the column’s article in the group, quoted exactly; none found is said so, never "not reported"', () => {
    for (const r of d.rows) {
      const group = groups.find((g) => g.id === r.id);
      for (const c of real.columns) {
        const cell = r.cells[c.id]!;
        if (c.otherEvent) {
          expect(cell.status).toBe('other-event');
          continue;
        }
        for (const x of cell.sentences) {
          expect(x.href).toBe(`/outlets/${c.id}/#${x.block}`);
          expect(blockText(c.id, x.block)).toContain(x.text);
        }
        if (group) expect(cell.sentences.length, `${r.id} ${c.id}`).toBe(group.members.filter((m) => m.outlet === c.id).length);
        expect(cell.status === 'none').toBe(cell.sentences.length === 0);
      }
      // A row the aligner made on its own is shown by its first outlet's words, a prefix of its sentence.
      if (r.words) {
        const first = r.cells[r.words.outlet]!.sentences[0]!;
        expect(first.text.startsWith(r.words.text)).toBe(true);
        expect(r.words.href).toBe(first.href);
        expect(rowLabel(r)).toMatch(/^[^:]+: “.+”…?$/);
      }
    }
    // The Kyiv Independent's article is on the 2025 call: its column says so, not "no matching sentence".
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
