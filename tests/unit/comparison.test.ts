/** The comparison on the real articles (read from content/ without Astro, joined by the build's corpus module), with exact expected values. */
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/lib/blocks.ts';
import { buildComparison, checkStatements, ComparisonError, locateQuote, segments } from '../../src/lib/comparison/index.ts';
import { comparisonCsv, comparisonJson } from '../../src/lib/export.ts';
import { comparisonInput } from '../helpers/corpus.ts';

const input = comparisonInput();
const c = buildComparison(input);
const outlets = ['devdiscourse', 'kyiv-independent', 'pivot-to-asia', 'rt', 'tass'];
/** The columns' order on the site: by outlet name (Devdiscourse, RT, Russia's Pivot to Asia, TASS, The Kyiv Independent). */
const columnOrder = ['devdiscourse', 'rt', 'pivot-to-asia', 'tass', 'kyiv-independent'];
const coveredBy = (topic: string) => outlets.filter((o) => c.topics.find((t) => t.id === topic)!.cells[o]!.blocks.length > 0);

describe('coverage', () => {
  it('finds which outlets mention Taiwan, Iran, Ukraine and education', () => {
    expect(coveredBy('taiwan')).toEqual(['pivot-to-asia']);
    expect(coveredBy('iran')).toEqual(['pivot-to-asia', 'rt']);
    expect(coveredBy('ukraine')).toEqual(['devdiscourse', 'kyiv-independent', 'pivot-to-asia', 'rt']);
    expect(coveredBy('education-visas')).toEqual(['pivot-to-asia']);
    expect(coveredBy('trade')).toEqual(outlets);
  });
  it('links each covered cell to the paragraphs and marks the matched words', () => {
    const cell = c.topics.find((t) => t.id === 'taiwan')!.cells['pivot-to-asia']!;
    expect(cell.blocks.map((b) => [b.id, b.number])).toEqual([['considerable-attention-was-devoted-to-issues', 12]]);
    expect(cell.blocks[0]!.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['One China', 'Taiwan']);
    // The share is of all analysed text: paragraphs and standfirst, not subheadings.
    expect(cell.share).toBe(130 / 2679);
  });
  it('counts the standfirst: Devdiscourse mentions Ukraine there and in its first paragraph', () => {
    expect(c.topics.find((t) => t.id === 'ukraine')!.cells['devdiscourse']!.blocks.map((b) => b.id)).toEqual([
      'standfirst',
      'russian-president-vladimir-putin-and-chinese',
    ]);
  });
});

describe('statements', () => {
  const row = (id: string) => c.statements.find((s) => s.id === id)!;
  it('quotes what RT said about trade, with its paragraph', () => {
    expect(row('trade-above-200bn').cells['rt']).toEqual({
      status: 'reported',
      quote: 'bilateral trade turnover has stabilized at a consistently high level, exceeding $200 billion annually',
      block: { id: 'putin-noted-the-robust-economic-and', number: 4 },
    });
  });
  it('says "not reported" for an outlet on the same call, and "other event" for Kyiv Independent', () => {
    expect(row('spring-all-year').cells['rt']).toEqual({ status: 'not-reported' });
    expect(row('spring-all-year').cells['kyiv-independent']).toEqual({ status: 'other-event' });
    expect(
      Object.entries(row('spring-all-year').cells)
        .filter(([, v]) => v.status === 'reported')
        .map(([k]) => k),
    ).toEqual(['pivot-to-asia', 'tass']);
  });
  it('returns the article’s own characters, curly quotes included', () => {
    expect(row('energy-first-supplier').cells['rt']).toMatchObject({
      quote: 'Russia’s position as a leading supplier of energy resources to the Asian country',
    });
  });
});

describe('checkStatements', () => {
  const ids = outlets;
  const events = ['putin-xi-call-2026-02-04', 'putin-xi-call-2025-01-21'];
  const withQuote = (quote: string, outlet = 'rt') => ({
    ...input,
    statements: [{ id: 'test', label: 'x', speaker: 'Putin', event: 'putin-xi-call-2026-02-04', renderings: { [outlet]: quote } }],
  });
  it('accepts the curated statements', () => {
    expect(() => checkStatements(input, input.columns, ids, events)).not.toThrow();
  });
  it('refuses a rendering that is not verbatim, naming file, entry, outlet and the closest paragraph', () => {
    expect(() => checkStatements(withQuote('bilateral trade has stabilized at a high level'), input.columns, ids, events)).toThrow(
      'content/comparison/statements.yaml: statement "test", rendering for rt: "bilateral trade has stabilized at a high level" is not in content/articles/rt.md word for word: copy the words exactly from the article (the closest paragraph is #putin-noted-the-robust-economic-and: "Putin noted the robust economic and energy ties between the two nations, highlighting that…")',
    );
  });
  it('lets quote marks and white space differ', () => {
    expect(() => checkStatements(withQuote("Russia's position as  a leading supplier"), input.columns, ids, events)).not.toThrow();
  });
  it('refuses an unknown outlet and an outlet with no article on that event', () => {
    expect(() => checkStatements(withQuote('x', 'bbc'), input.columns, ids, events)).toThrow(ComparisonError);
    expect(() => checkStatements(withQuote('x', 'bbc'), input.columns, ids, events)).toThrow('"bbc" is not an outlet');
    expect(() => checkStatements(withQuote('Xi', 'kyiv-independent'), input.columns, ids, events)).toThrow(
      "kyiv-independent has no article about putin-xi-call-2026-02-04: remove the kyiv-independent rendering or correct the statement's event",
    );
  });
  it('refuses a topic that topics.yaml does not have, and says so when it has none', () => {
    const onTopic = (topic: string, topics = input.topics) => ({
      ...withQuote('Xi'),
      topics,
      statements: withQuote('Xi').statements.map((st) => ({ ...st, topic })),
    });
    expect(() => checkStatements(onTopic('weather'), input.columns, ids, events)).toThrow(
      /statement "test": topic "weather" is not in topics.yaml: use one of trade, .*, add it there, or remove "topic:"$/,
    );
    expect(() => checkStatements(onTopic('trade', []), input.columns, ids, events)).toThrow(
      'statement "test": topic "trade" is not in topics.yaml: topics.yaml has no topics yet, add it there, or remove "topic:"',
    );
  });
});

describe('figures', () => {
  const of = (outlet: string) =>
    c.figures.flatMap((g) => g.items.filter((f) => f.outlet === outlet).map((f) => `${g.id}: ${f.text}${f.context ? ` (${f.context})` : ''}`));
  it('finds every figure in each article, grouped by measure, with context', () => {
    expect(of('tass')).toEqual(['trade-total: $200 billion']);
    expect(of('rt')).toEqual(['trade-currencies: 99.1%', 'trade-total: exceeding $200 billion']);
    expect(of('devdiscourse')).toEqual([]);
    expect(of('kyiv-independent')).toEqual([
      'trade-total: 7% (reported at the Putin–Xi video call, 21 January 2025)',
      'trade-total: more than $220 billion (reported at the Putin–Xi video call, 21 January 2025)',
    ]);
    expect(of('pivot-to-asia')).toEqual([
      'agricultural-trade: more than 20%',
      'agricultural-trade: over 20%',
      'gas-prices: approximately €4.23 per 100 kWh (refers to 2025)',
      'gas-prices: €11.43 per 100 kWh (refers to 2025)',
      'gas-volumes: 38.8 bcm',
      'gas-volumes: 44 bcm',
      'gas-volumes: 12 bcm',
      'gas-volumes: 50 bcm',
      'gas-volumes: roughly 18 bcm',
      'energy-purchases: more than US$230 billion (refers to 2025)',
      'students: over 56,000 Chinese students',
      'students: more than 21,000 Russian students',
      'visa-free-stay: up to 30 days (refers to 2025, 2026)',
      'visa-free-stay: up to 30 days (refers to 2025, 2026)',
      'trade-total: US$200 billion',
    ]);
  });
});

describe('word choice and sources', () => {
  const counts = (group: string, variant: string) => {
    const v = c.wordChoice.find((w) => w.id === group)!.variants.find((x) => x.label === variant)!;
    return Object.fromEntries(outlets.map((o) => [o, v.cells[o]!.count]));
  };
  it('counts how each outlet names the war in Ukraine', () => {
    expect(counts('ukraine-war', 'full-scale war')).toEqual({ devdiscourse: 0, 'kyiv-independent': 1, 'pivot-to-asia': 0, rt: 0, tass: 0 });
    // Pivot prints "Russia-Ukraine conflict" and "Ukraine conflict": twice.
    expect(counts('ukraine-war', 'conflict')).toEqual({ devdiscourse: 1, 'kyiv-independent': 0, 'pivot-to-asia': 2, rt: 0, tass: 0 });
    expect(counts('ukraine-war', 'war')).toEqual({ devdiscourse: 0, 'kyiv-independent': 2, 'pivot-to-asia': 0, rt: 0, tass: 0 });
  });
  it('counts alliance, tandem and axis', () => {
    expect(counts('relationship', 'alliance')).toEqual({ devdiscourse: 0, 'kyiv-independent': 0, 'pivot-to-asia': 0, rt: 0, tass: 1 });
    expect(counts('relationship', 'tandem')).toEqual({ devdiscourse: 0, 'kyiv-independent': 0, 'pivot-to-asia': 0, rt: 0, tass: 1 });
    expect(counts('relationship', 'axis')).toEqual({ devdiscourse: 0, 'kyiv-independent': 0, 'pivot-to-asia': 1, rt: 0, tass: 0 });
  });
  it('counts whom each outlet cites', () => {
    const cited = (o: string) => c.sources.filter((s) => s.cells[o]!.count > 0).map((s) => `${s.id}×${s.cells[o]!.count}`);
    expect(cited('rt')).toEqual(['kremlin×1', 'xinhua×1', 'ushakov×2', 'finance-ministry×1']);
    expect(cited('kyiv-independent')).toEqual(['kremlin×1', 'nato×1', 'chinese-government×2']);
    expect(cited('devdiscourse')).toEqual(['agencies×1']);
    expect(cited('tass')).toEqual(['own-compilation×1']);
  });
});

describe('shared wording', () => {
  it('finds the passages two outlets print word for word', () => {
    expect(c.sharedWording.map((s) => [s.a, s.b, s.words, s.text])).toEqual([
      ['rt', 'pivot-to-asia', 8, 'As permanent members of the UN Security Council'],
      ['rt', 'tass', 6, 'The Russian-Chinese comprehensive partnership and strategic'],
    ]);
  });
});

describe('columns', () => {
  it('lists each outlet with its length, flagging the article on another call', () => {
    expect(c.columns.map((col) => [col.id, col.words, col.paragraphs, col.otherEvent])).toEqual([
      ['devdiscourse', 134, 4, false],
      ['rt', 351, 10, false],
      ['pivot-to-asia', 2735, 36, false],
      ['tass', 302, 16, false],
      ['kyiv-independent', 324, 10, true],
    ]);
  });
});

describe('helpers', () => {
  it('segments a text at its matches', () => {
    expect(segments('a Taiwan b', [{ start: 2, end: 8 }])).toEqual([
      { text: 'a ', mark: false },
      { text: 'Taiwan', mark: true },
      { text: ' b', mark: false },
    ]);
  });
  it('locates a quote across folded quote marks', () => {
    const blocks = articleBlocks('He said “Every season is spring” today.\n');
    expect(locateQuote(blocks, '"Every season is spring"')).toMatchObject({ start: 8, end: 32 });
    expect(locateQuote(blocks, 'not there')).toBeNull();
    expect(locateQuote(blocks, '   ')).toBeNull();
  });
});

describe('export', () => {
  it('writes CSV tables with a header and one row per outlet and item', () => {
    const csv = comparisonCsv(c);
    expect(Object.keys(csv)).toEqual(['coverage.csv', 'statements.csv', 'figures.csv', 'word-choice.csv', 'sources.csv', 'shared-wording.csv']);
    const coverage = csv['coverage.csv']!.trim().split('\n');
    expect(coverage[0]).toBe('topic,outlet,event,paragraphs,words,share,first_paragraph');
    expect(coverage).toHaveLength(1 + c.topics.length * outlets.length);
    expect(coverage).toContain(
      'taiwan,pivot-to-asia,putin-xi-call-2026-02-04,1,130,0.0485,/outlets/pivot-to-asia/#considerable-attention-was-devoted-to-issues',
    );
    expect(csv['statements.csv']).toContain(
      '"bilateral trade turnover has stabilized at a consistently high level, exceeding $200 billion annually",/outlets/rt/#putin-noted-the-robust-economic-and',
    );
  });
  it('writes JSON with links to paragraphs and no markup', () => {
    const json = comparisonJson(c, 'https://parallax.example/');
    expect(json.version).toBe(1);
    expect(json.outlets.map((o) => o.id)).toEqual(columnOrder);
    expect(json.statements[0]!.outlets['tass']).toEqual({
      event: 'putin-xi-call-2026-02-04',
      status: 'reported',
      quote: 'Every season is spring',
      link: '/outlets/tass/#every-season-is-spring-for-russian-chinese',
    });
    expect(JSON.stringify(json)).not.toContain('"segments"');
  });
});
