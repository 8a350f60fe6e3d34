/**
 * The corpus module (src/lib/corpus/) on the frozen fixture corpus in
 * tests/fixtures/corpus/: the join, the primary-article rule, every
 * cross-file check and the comparison, with exact values. A mended typo in
 * content/ changes none of these.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsInFileOrder } from '../../src/data/list-loader.ts';
import { ComparisonError } from '../../src/lib/comparison/index.ts';
import { checkCorpusStatements, compareCorpus, ContentError, joinCorpus, primaryArticle, type CorpusEntries } from '../../src/lib/corpus/index.ts';
import { comparisonJson } from '../../src/lib/export.ts';
import { fixtureCorpus, readCorpus, readEntries, readLists } from '../helpers/corpus.ts';

const corpus = readCorpus(fixtureCorpus);
const fresh = (): CorpusEntries => readEntries(fixtureCorpus);
const article = (entries: CorpusEntries, id: string) => entries.articles.find((a) => a.id === id)!;
/** Adds lines at the end of an article, as an editor would: to the body and to the file's text. */
const append = (entries: CorpusEntries, id: string, lines: string) => {
  const entry = article(entries, id);
  entry.body += lines;
  entry.text += lines;
};
const joinFails = (change: (e: CorpusEntries) => void) => {
  const entries = fresh();
  change(entries);
  return () => joinCorpus(entries);
};

describe('the join', () => {
  it('takes the newest edition’s event as the main one', () => {
    expect(corpus.mainEvent.id).toBe('summit-2026-03-10');
    expect(corpus.events.map((e) => e.id)).toEqual(['summit-2026-03-10', 'talks-2025-11-20']);
  });
  it('lists every covered event as an edition with its articles, newest first', () => {
    expect(corpus.editions.map((e) => [e.event.id, e.articles.map((a) => a.id)])).toEqual([
      ['summit-2026-03-10', ['alpha-agency', 'beta-daily']],
      ['talks-2025-11-20', ['beta-daily-talks', 'gamma-wire']],
    ]);
  });
  it('leaves out of the editions an event no article covers, and orders two on one date by their articles', () => {
    const entries = fresh();
    entries.events.push({ id: 'uncovered', file: 'content/events/uncovered.yaml', data: { ...entries.events[0]!.data, title: 'Uncovered' } });
    article(entries, 'gamma-wire').data.event = 'summit-2026-03-10';
    const joined = joinCorpus(entries);
    expect(joined.editions.map((e) => [e.event.id, e.articles.length])).toEqual([
      ['summit-2026-03-10', 3],
      ['talks-2025-11-20', 1],
    ]);
  });
  it('sorts outlets by name, their articles latest event first, and all articles by outlet name then id', () => {
    expect(corpus.outlets.map((o) => [o.id, o.articles.map((a) => a.id)])).toEqual([
      ['alpha-agency', ['alpha-agency']],
      ['beta-daily', ['beta-daily', 'beta-daily-talks']],
      ['gamma-wire', ['gamma-wire']],
    ]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['alpha-agency', 'beta-daily', 'beta-daily-talks', 'gamma-wire']);
  });
  it('joins each article to its outlet and event and flags those on another event', () => {
    expect(corpus.articles.map((a) => [a.id, a.outlet.name, a.event.title, a.otherEvent])).toEqual([
      ['alpha-agency', 'Alpha Agency', 'Example summit, 10 March 2026', false],
      ['beta-daily', 'Beta Daily', 'Example summit, 10 March 2026', false],
      ['beta-daily-talks', 'Beta Daily', 'Example talks, 20 November 2025', true],
      ['gamma-wire', 'Gamma Wire', 'Example talks, 20 November 2025', true],
    ]);
  });
  it('puts the standfirst first as block 0, then the body’s blocks with their ids and numbers', () => {
    const alpha = corpus.articles.find((a) => a.id === 'alpha-agency')!;
    expect(alpha.blocks.map((b) => [b.id, b.kind, b.number])).toEqual([
      ['standfirst', 'standfirst', 0],
      ['the-two-leaders-agreed-that-trade', 'paragraph', 1],
      ['both-sides-described-the-partnership-as', 'paragraph', 2],
      ['energy', 'heading', 2],
      ['gas-deliveries-will-rise-to-40', 'paragraph', 3],
    ]);
    expect(alpha.blocks[0]!.text).toBe('The two leaders agreed to expand trade and discussed the war in Ukraine.');
  });
  it('keeps an id pinned with {#…} and counts list items as paragraphs', () => {
    const beta = corpus.articles.find((a) => a.id === 'beta-daily')!;
    expect(beta.blocks.map((b) => [b.id, b.kind, b.number])).toEqual([
      ['the-two-leaders-agreed-that-trade', 'paragraph', 1],
      ['war-context', 'paragraph', 2],
      ['trade-more-than-12-growth', 'item', 3],
      ['energy-new-pipeline-talks', 'item', 4],
    ]);
    expect(beta.blocks[1]!.text).toBe('The talks took place as the full-scale war in Ukraine entered its fifth year.');
  });
  it('counts words of the body (subheadings in, standfirst out) and paragraphs', () => {
    expect(corpus.articles.map((a) => [a.id, a.words, a.paragraphs])).toEqual([
      ['alpha-agency', 42, 3],
      ['beta-daily', 37, 4],
      ['beta-daily-talks', 8, 1],
      ['gamma-wire', 13, 1],
    ]);
  });
  it('keeps dates as written: a date-time with its offset, and undated as null', () => {
    const beta = corpus.articles.find((a) => a.id === 'beta-daily')!;
    expect(beta.published).toMatchObject({ iso: '2026-03-10T18:30:00+01:00', hasTime: true });
    expect(corpus.articles.find((a) => a.id === 'gamma-wire')!.published).toBeNull();
  });
  it('uses the blocks given with the entry instead of parsing the body again', () => {
    const entries = fresh();
    const given = [{ id: 'given', kind: 'paragraph' as const, text: 'As rendered.', number: 1 }];
    article(entries, 'gamma-wire').blocks = given;
    expect(joinCorpus(entries).articles.find((a) => a.id === 'gamma-wire')!.blocks).toEqual(given);
  });
});

describe('the primary article', () => {
  it('is the outlet’s article on the edition’s event, else its latest', () => {
    expect(corpus.outlets.map((o) => primaryArticle(o).id)).toEqual(['alpha-agency', 'beta-daily', 'gamma-wire']);
  });
  it('makes the newest edition the main one even with one article, and an outlet’s article on it its primary', () => {
    const entries = fresh();
    entries.events.push({
      id: 'briefing-2026-06-01',
      file: 'briefing-2026-06-01.yaml',
      data: {
        title: 'Example briefing, 1 June 2026',
        date: { date: new Date('2026-06-01'), iso: '2026-06-01', hasTime: false },
        description: 'A briefing.',
        kind: 'briefing',
        noun: 'briefing',
        preposition: 'at',
        searchExamples: [],
      },
    });
    article(entries, 'beta-daily-talks').data.event = 'briefing-2026-06-01';
    const joined = joinCorpus(entries);
    expect(joined.mainEvent.id).toBe('briefing-2026-06-01');
    expect(joined.editions.map((e) => [e.event.id, e.articles.map((a) => a.id)])).toEqual([
      ['briefing-2026-06-01', ['beta-daily-talks']],
      ['summit-2026-03-10', ['alpha-agency', 'beta-daily']],
      ['talks-2025-11-20', ['gamma-wire']],
    ]);
    const beta = joined.outlets.find((o) => o.id === 'beta-daily')!;
    expect(beta.articles.map((a) => a.id)).toEqual(['beta-daily-talks', 'beta-daily']);
    expect(primaryArticle(beta).id).toBe('beta-daily-talks');
    // An outlet with no article on the newest event keeps its latest as primary.
    expect(primaryArticle(joined.outlets.find((o) => o.id === 'alpha-agency')!).id).toBe('alpha-agency');
  });
});

describe('cross-file checks', () => {
  const alphaFile = 'tests/fixtures/corpus/articles/alpha-agency.md';
  it('refuses an unknown outlet or event, naming the choices', () => {
    expect(joinFails((e) => (article(e, 'alpha-agency').data.outlet = 'delta'))).toThrow(
      `${alphaFile}: outlet: "delta" is not an outlet: use one of alpha-agency, beta-daily, gamma-wire, or add content/outlets/delta.yaml`,
    );
    expect(joinFails((e) => (article(e, 'alpha-agency').data.event = 'summit'))).toThrow(
      `${alphaFile}: event: "summit" is not an event: use one of summit-2026-03-10, talks-2025-11-20, or add content/events/summit.yaml`,
    );
  });
  it('refuses a second article by one outlet on one event', () => {
    expect(joinFails((e) => (article(e, 'beta-daily-talks').data.event = 'summit-2026-03-10'))).toThrow(
      'tests/fixtures/corpus/articles/beta-daily-talks.md: outlet and event: are the same as in tests/fixtures/corpus/articles/beta-daily.md (beta-daily, summit-2026-03-10): an outlet has one article per event; merge the two files or correct the event',
    );
  });
  it('refuses an outlet without an article', () => {
    expect(joinFails((e) => (e.articles = e.articles.filter((a) => a.data.outlet !== 'gamma-wire')))).toThrow(
      'tests/fixtures/corpus/outlets/gamma-wire.yaml: id: "gamma-wire" has no article: add content/articles/gamma-wire.md with "outlet: gamma-wire", or remove the outlet',
    );
  });
  it('refuses an empty body, and a paragraph that takes the standfirst’s id', () => {
    expect(joinFails((e) => (article(e, 'gamma-wire').body = '## Only a heading\n'))).toThrow(
      'tests/fixtures/corpus/articles/gamma-wire.md: body: is empty: paste the article text',
    );
    expect(joinFails((e) => append(e, 'alpha-agency', '\nA last line. {#standfirst}\n'))).toThrow(
      `${alphaFile}: body: has a paragraph with id "standfirst", which is kept for the standfirst`,
    );
  });
  it('gives the file’s own line for a problem in the body', () => {
    expect(joinFails((e) => append(e, 'gamma-wire', '\n<b>bold</b>\n'))).toThrow(
      'tests/fixtures/corpus/articles/gamma-wire.md: body: line 12: raw HTML',
    );
    expect(joinFails((e) => append(e, 'gamma-wire', '\nThe talks covered the war and more.\n'))).toThrow(
      'tests/fixtures/corpus/articles/gamma-wire.md: body: line 12: paragraph id "the-talks-covered-the-war-and" is already used by the paragraph at line 10',
    );
  });
  it('stops where the renderer failed, with our message when we find one', () => {
    expect(joinFails((e) => (article(e, 'gamma-wire').renderFailed = true))).toThrow(
      'tests/fixtures/corpus/articles/gamma-wire.md: body: could not be rendered as Markdown',
    );
  });
  it('refuses empty folders and events no article covers', () => {
    expect(joinFails((e) => (e.outlets = []))).toThrow('content/outlets/: folder: has no outlets');
    expect(joinFails((e) => (e.articles = []))).toThrow('content/articles/: folder: has no articles');
    expect(joinFails((e) => (e.articles = e.articles.filter(() => false)))).toThrow(ContentError);
  });
});

describe('the comparison of the fixture corpus, one edition at a time', () => {
  const lists = readLists(fixtureCorpus);
  const c = compareCorpus(corpus, lists);
  const talks = compareCorpus(corpus, lists, 'talks-2025-11-20');
  it('has one column per article on the edition’s event, each linked to that article’s page', () => {
    expect(c.event).toEqual({ id: 'summit-2026-03-10', title: 'Example summit, 10 March 2026', date: '2026-03-10' });
    expect(c.columns.map((col) => [col.id, col.articleId, col.words, col.paragraphs, col.otherEvent, col.href])).toEqual([
      ['alpha-agency', 'alpha-agency', 42, 3, false, '/outlets/alpha-agency/'],
      ['beta-daily', 'beta-daily', 37, 4, false, '/outlets/beta-daily/'],
    ]);
    // The earlier edition: Beta Daily's article on the talks is not its primary one, so its column and paragraph links go to its own page.
    expect(talks.event.id).toBe('talks-2025-11-20');
    expect(talks.columns.map((col) => [col.id, col.articleId, col.otherEvent, col.href])).toEqual([
      ['beta-daily', 'beta-daily-talks', false, '/outlets/beta-daily/beta-daily-talks/'],
      ['gamma-wire', 'gamma-wire', false, '/outlets/gamma-wire/'],
    ]);
    expect(comparisonJson(talks, 'https://example.org/').coverage[0]!.outlets['beta-daily']!.paragraphs).toEqual([
      { link: '/outlets/beta-daily/beta-daily-talks/#delegations-met-for-talks-on-trade', text: expect.any(String) as string },
    ]);
  });
  it('throws naming the event when no article covers it', () => {
    expect(() => compareCorpus(corpus, lists, 'no-such-event')).toThrow(
      'content/events/no-such-event: id: no article covers "no-such-event": use one of summit-2026-03-10, talks-2025-11-20',
    );
  });
  it('finds the paragraphs on each topic and their share of the words', () => {
    const cells = (topic: string) =>
      Object.entries(c.topics.find((t) => t.id === topic)!.cells).map(([o, cell]) => [o, cell.blocks.map((b) => b.id), cell.words, cell.share]);
    expect(cells('trade')).toEqual([
      ['alpha-agency', ['standfirst', 'the-two-leaders-agreed-that-trade'], 31, 31 / 54],
      ['beta-daily', ['the-two-leaders-agreed-that-trade', 'trade-more-than-12-growth'], 19, 19 / 37],
    ]);
    expect(cells('energy')).toEqual([
      ['alpha-agency', ['gas-deliveries-will-rise-to-40'], 12, 12 / 54],
      ['beta-daily', ['energy-new-pipeline-talks'], 4, 4 / 37],
    ]);
    expect(talks.topics.find((t) => t.id === 'trade')!.cells['gamma-wire']!.blocks.map((b) => b.id)).toEqual(['the-talks-covered-the-war-and']);
  });
  it('quotes each rendering in the article’s own characters, and says why a cell is empty', () => {
    expect(c.statements.map((s) => [s.id, s.cells])).toEqual([
      [
        'new-chapter',
        {
          'alpha-agency': {
            status: 'reported',
            quote: '“a new chapter” in relations',
            block: { id: 'both-sides-described-the-partnership-as', number: 2 },
            attribution: { type: 'direct-quote', speaker: 'both sides' },
          },
          'beta-daily': { status: 'not-reported' },
        },
      ],
      [
        'trade-grew',
        {
          'alpha-agency': { status: 'not-reported' },
          'beta-daily': {
            status: 'reported',
            quote: 'trade between the two countries grew again',
            block: { id: 'the-two-leaders-agreed-that-trade', number: 1 },
            attribution: { type: 'reported-speech', speaker: 'officials' },
          },
        },
      ],
    ]);
    // The statements are the summit's: the talks' edition has none.
    expect(talks.statements).toEqual([]);
  });
  it('files figures under measures, with what dates them', () => {
    expect(c.figures.map((g) => [g.id, g.items.map((f) => [f.outlet, f.text, f.value, f.context])])).toEqual([
      ['trade-total', [['alpha-agency', '$150 billion', 150e9, null]]],
      // A growth rate is not a total: its own row.
      ['trade-total-percentage', [['beta-daily', 'more than 12%', 12, 'a lower bound']]],
      ['gas-volumes', [['alpha-agency', '40 bcm', 40, 'period in the text: “by 2030”']]],
    ]);
    // In its own edition, Gamma Wire's figure is not "reported at" another event.
    expect(talks.figures.map((g) => [g.id, g.items.map((f) => [f.outlet, f.text, f.context])])).toEqual([
      ['trade-total', [['gamma-wire', '$90 billion', null]]],
    ]);
  });
  it('counts wordings (the longer of two overlapping once) and cited sources', () => {
    expect(c.wordChoice[0]!.variants.map((v) => [v.label, Object.values(v.cells).map((cell) => cell.count)])).toEqual([
      ['full-scale war', [0, 1]],
      ['war', [1, 0]],
    ]);
    expect(c.sources.map((s) => [s.id, Object.values(s.cells).map((cell) => cell.count)])).toEqual([
      ['kremlin', [1, 0]],
      ['xinhua', [1, 0]],
      ['agencies', [0, 0]],
    ]);
    expect(talks.sources.map((s) => [s.id, Object.values(s.cells).map((cell) => cell.count)])).toEqual([
      ['kremlin', [0, 0]],
      ['xinhua', [0, 0]],
      ['agencies', [0, 1]],
    ]);
  });
  it('finds the passage two outlets print word for word', () => {
    expect(c.sharedWording).toEqual([
      {
        a: 'alpha-agency',
        b: 'beta-daily',
        words: 10,
        text: 'The two leaders agreed that trade between the two countries',
        textB: 'The two leaders agreed that trade between the two countries',
        aBlock: 'the-two-leaders-agreed-that-trade',
        bBlock: 'the-two-leaders-agreed-that-trade',
      },
    ]);
  });
  it('checks the statements itself: no step to run first', () => {
    const wrong = { ...lists, statements: [{ ...lists.statements[0]!, renderings: { 'alpha-agency': 'a brand new chapter' } }] };
    expect(() => compareCorpus(corpus, wrong)).toThrow(ComparisonError);
    expect(() => compareCorpus(corpus, wrong)).toThrow(
      'tests/fixtures/corpus/comparison/statements.yaml: statement "new-chapter", rendering for alpha-agency: "a brand new chapter" is not in tests/fixtures/corpus/articles/alpha-agency.md word for word',
    );
    const otherEvent = {
      ...lists,
      statements: [{ ...lists.statements[1]!, event: 'talks-2025-11-20', renderings: { 'gamma-wire': 'trade worth $90 billion' } }],
    };
    // Every statement is checked, whatever its edition: a wrong one about the talks stops the build though the newest edition leaves it out.
    const wrongTalks = { ...otherEvent, statements: [{ ...otherEvent.statements[0]!, renderings: { 'gamma-wire': 'trade worth $95 billion' } }] };
    expect(() => checkCorpusStatements(corpus, wrongTalks)).toThrow(
      'statement "trade-grew", rendering for gamma-wire: "trade worth $95 billion" is not in tests/fixtures/corpus/articles/gamma-wire.md word for word',
    );
    // A statement made at the talks is in the talks' edition only, where Beta Daily's article on them did not carry it.
    expect(compareCorpus(corpus, otherEvent).statements).toEqual([]);
    expect(compareCorpus(corpus, otherEvent, 'talks-2025-11-20').statements[0]!.cells).toEqual({
      'beta-daily': { status: 'not-reported' },
      'gamma-wire': {
        status: 'reported',
        quote: 'trade worth $90 billion',
        block: { id: 'the-talks-covered-the-war-and', number: 1 },
        attribution: { type: 'outlet-own-words', speaker: null },
      },
    });
  });
});

describe('the lists’ order', () => {
  it('is the file’s, which the build restores after Astro’s store sorts entries by id', async () => {
    expect(await idsInFileOrder(path.join(fixtureCorpus, 'comparison/topics.yaml'))).toEqual(['trade', 'energy', 'ukraine']);
    expect(readLists(fixtureCorpus).topics.map((t) => t.id)).toEqual(['trade', 'energy', 'ukraine']);
  });
});
