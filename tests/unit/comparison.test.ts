/** The comparison on the real articles (read from content/ without Astro, joined by the build's corpus module), with exact expected values. */
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/lib/blocks.ts';
import { buildComparison, checkStatements, ComparisonError, locateQuote, markedSentences, segments } from '../../src/lib/comparison/index.ts';
import { comparisonCsv, comparisonJson } from '../../src/lib/export.ts';
import { allOutletsInput } from '../helpers/corpus.ts';

const input = allOutletsInput();
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
      attribution: { type: 'reported-speech', speaker: 'Vladimir Putin' },
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
  const reporting = (id: string) =>
    Object.entries(row(id).cells)
      .filter(([, v]) => v.status === 'reported')
      .map(([k]) => k)
      .sort();
  it('files Devdiscourse’s "strategic nature … particularly in the energy sector" under the strategic energy partnership, not the leading supplier', () => {
    expect(reporting('energy-first-supplier')).toEqual(['pivot-to-asia', 'rt', 'tass']);
    expect(row('energy-mutually-beneficial').cells['devdiscourse']).toMatchObject({
      status: 'reported',
      quote: 'Putin lauded the strategic nature of the Russia-China partnership, particularly in the energy sector',
      attribution: { type: 'reported-speech', speaker: 'Vladimir Putin' },
    });
  });
  it('gives Pivot’s "their role as a stabilising factor" as the outlet’s own words, not as Putin’s', () => {
    expect(row('stabilizing-factor').cells['pivot-to-asia']).toMatchObject({ attribution: { type: 'outlet-own-words', speaker: null } });
    expect(row('stabilizing-factor').cells['tass']).toMatchObject({ attribution: { type: 'direct-quote', speaker: 'Vladimir Putin' } });
  });
  it('keeps the UN-centred system and the outcome of the Second World War as two statements', () => {
    expect(c.statements.some((s) => s.id === 'un-and-wwii')).toBe(false);
    expect(reporting('un-centred-order')).toEqual(['pivot-to-asia', 'rt']);
    expect(reporting('wwii-outcome')).toEqual(['pivot-to-asia', 'tass']);
  });
  it('labels claim no more than every rendering says: "the leading" or "first" only where each rendering says so', () => {
    const definite = /\b(?:the|’s|'s)\s+(?:leading|largest|biggest|main|top)\b|\bfirst\b/i;
    for (const s of c.statements) {
      if (!definite.test(s.label)) continue;
      for (const cell of Object.values(s.cells)) if (cell.status === 'reported') expect(cell.quote, `${s.id}: "${s.label}"`).toMatch(definite);
    }
    expect(row('energy-first-supplier').label).toBe('Russia as a leading energy supplier to China');
  });
  it('says for every rendering whose words they are, from its sentence', () => {
    const types = Object.fromEntries(
      c.statements.flatMap((s) =>
        Object.entries(s.cells).flatMap(([o, v]) =>
          v.status === 'reported' ? [[`${s.id}/${o}`, `${v.attribution.type} ${v.attribution.speaker}`]] : [],
        ),
      ),
    );
    expect(types).toMatchObject({
      'spring-all-year/tass': 'direct-quote Vladimir Putin',
      'spring-all-year/pivot-to-asia': 'direct-quote Vladimir Putin',
      'trade-above-200bn/tass': 'direct-quote Vladimir Putin', // the copy lost the opening quotation mark
      'trade-above-200bn/pivot-to-asia': 'reported-speech the leaders',
      'energy-first-supplier/rt': 'reported-speech Vladimir Putin', // "He also emphasized"
      'energy-first-supplier/pivot-to-asia': 'outlet-own-words null',
      'energy-mutually-beneficial/pivot-to-asia': 'outlet-own-words null', // "was described as", no agent
      'nuclear-and-high-tech/devdiscourse': 'outlet-own-words null', // "The conversation also touched on"
      'un-centred-order/rt': 'reported-speech Xi Jinping', // "the Chinese leader stated"
      'wwii-outcome/tass': 'reported-speech Xi Jinping', // only "show commitment" is in quotation marks
      'ukraine-discussed/rt': 'outlet-own-words null', // "they discussed": an account of the call
      'visit-invitation/rt': 'reported-speech Yury Ushakov',
    });
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
    expect(of('tass')).toEqual([
      'trade-total: consistently surpassed the $200 billion (a lower bound; period in the text: “for a third consecutive year”)',
    ]);
    expect(of('rt')).toEqual([
      'trade-currencies: 99.1% (period in the text: “In November”)',
      'trade-total: exceeding $200 billion (a lower bound; period in the text: “annually”)',
      'other: almost an hour and a half (approximate)',
    ]);
    expect(of('devdiscourse')).toEqual([]);
    expect(of('kyiv-independent')).toEqual([
      'trade-total: more than $220 billion (a lower bound; reported at the Putin–Xi video call, 21 January 2025)',
      'trade-total-percentage: 7% (reported at the Putin–Xi video call, 21 January 2025)',
    ]);
    expect(of('pivot-to-asia')).toEqual([
      'agricultural-trade: more than 20% (a lower bound)',
      'agricultural-trade: over 20% (a lower bound)',
      'gas-prices: approximately €4.23 per 100 kWh (approximate; period in the text: “In 2025”)',
      'gas-prices: €11.43 per 100 kWh (period in the text: “In 2025”)',
      'gas-prices-ratio: nearly three times lower (approximate)',
      'gas-volumes: 38.8 bcm',
      'gas-volumes: 44 bcm (period in the text: “annually”)',
      'gas-volumes: 12 bcm',
      'gas-volumes: 50 bcm',
      'gas-volumes: roughly 18 bcm (approximate)',
      'energy-purchases: more than US$230 billion (a lower bound; period in the text: “By 2025”, “since the start of the Ukraine conflict”)',
      'students: over 56,000 Chinese students (a lower bound; period in the text: “currently”)',
      'students: more than 21,000 Russian students (a lower bound)',
      'visa-free-stay: up to 30 days (an upper bound; period in the text: “From Sept. 15, 2025, to Sept. 14, 2026”)',
      'visa-free-stay: up to 30 days (an upper bound; period in the text: “reciprocally until Sept. 14, 2026”)',
      'trade-total: exceeded US$200 billion (a lower bound; period in the text: “for three consecutive years”)',
      'other: one-year',
    ]);
  });
  it('gives "surpassed" and "exceeded" as floors, like "exceeding" (TASS, Pivot and RT on $200 billion)', () => {
    const trade = c.figures.find((g) => g.id === 'trade-total')!.items;
    const bound = (o: string) => trade.filter((f) => f.outlet === o && f.value === 200e9).map((f) => [f.qualifier, f.bound]);
    expect(bound('tass')).toEqual([['consistently surpassed the', 'floor']]);
    expect(bound('pivot-to-asia')).toEqual([['exceeded', 'floor']]);
    expect(bound('rt')).toEqual([['exceeding', 'floor']]);
  });
  it('says Pivot’s US$230 billion is a running total since the start of the war, not a figure for 2025', () => {
    const f = c.figures.flatMap((g) => g.items).find((x) => x.outlet === 'pivot-to-asia' && x.value === 230e9)!;
    expect(f.period).toEqual(['By 2025', 'since the start of the Ukraine conflict']);
    expect(f.context).not.toMatch(/refers to 2025/);
  });
  it('keeps like with like: no row mixes kinds of figure, and the Kyiv Independent’s 7% is not among the dollar totals', () => {
    for (const g of c.figures)
      expect(new Set(g.items.map((f) => (f.kind === 'money' && / per /.test(f.unit) ? 'price' : f.kind))).size, g.id).toBe(1);
    const row = c.figures.find((g) => g.items.some((f) => f.outlet === 'kyiv-independent' && f.kind === 'percentage'))!;
    expect(row.items.every((f) => f.kind === 'percentage')).toBe(true);
    expect(row.label).toBe('Bilateral trade: percentages');
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
      '"bilateral trade turnover has stabilized at a consistently high level, exceeding $200 billion annually",reported-speech,Vladimir Putin,/outlets/rt/#putin-noted-the-robust-economic-and',
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
      attribution: 'direct-quote',
      attributedTo: 'Vladimir Putin',
      link: '/outlets/tass/#every-season-is-spring-for-russian-chinese',
    });
    // Pivot's headline, taken from its URL, is not one the captured page prints.
    expect(json.outlets.find((o) => o.id === 'pivot-to-asia')).toMatchObject({
      headlineSupplied: true,
      headlineSource: "taken from the article's URL",
    });
    expect(JSON.stringify(json)).not.toContain('"segments"');
  });
});

describe('markedSentences', () => {
  it('keeps only the sentences holding a mark, each with its marks in place', () => {
    const text = 'Trade grew. Oil flows east. Gas is next. Mr. Li spoke of oil.';
    const pieces = segments(text, [
      { start: text.indexOf('Oil'), end: text.indexOf('Oil') + 3 },
      { start: text.lastIndexOf('oil'), end: text.lastIndexOf('oil') + 3 },
    ]);
    expect(markedSentences(pieces)).toEqual([
      [
        { text: 'Oil', mark: true },
        { text: ' flows east.', mark: false },
      ],
      [
        { text: 'Mr. Li spoke of ', mark: false },
        { text: 'oil', mark: true },
        { text: '.', mark: false },
      ],
    ]);
  });

  it('gives nothing for a paragraph without a mark', () => {
    expect(markedSentences(segments('No match here. None at all.', []))).toEqual([]);
  });
});
