/** The built /compare/ page and the data export. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { dist } from '../helpers/site.ts';

let compare: Page;
let pages: Page[];
beforeAll(async () => {
  pages = await loadSite(dist);
  compare = pages.find((p) => p.route === '/compare/')!;
});
/** The outlets /compare/ compares: those with an article on the newest edition's event. */
const columns = () =>
  readCorpus()
    .editions[0]!.articles.map((a) => a.outlet.id)
    .sort();
const EARLIER = '/events/putin-xi-call-2025-01-21/';

const sections = ['what-differs', 'outlets', 'coverage', 'topics', 'statements', 'figures', 'word-choice', 'sources', 'shared-wording', 'data'];

describe('/compare/', () => {
  it('has every section, each with its own id and heading, listed in the page’s contents', () => {
    const { $ } = compare;
    for (const id of sections) expect($(`section#${id} > h2`).length, id).toBe(1);
    expect(
      $('nav[aria-label="Sections of this page"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(sections.map((s) => `#${s}`));
  });

  it('gives every outlet a column in every table and a lane in every topic', () => {
    const { $ } = compare;
    for (const id of columns()) {
      $('table').each((_, table) => {
        expect($(table).find(`thead th[data-outlet="${id}"]`).length, `${id} in ${$(table).closest('section').attr('id')}`).toBe(1);
      });
      expect($(`#topics .lane[data-outlet="${id}"]`).length).toBe($('#topics .topic').length);
    }
  });

  it('answers "which outlets mention Taiwan?" in the coverage matrix', () => {
    const { $ } = compare;
    const row = $('#coverage-taiwan');
    const linked = row
      .find('td a')
      .map((_, a) => $(a).closest('td').attr('data-outlet'))
      .get();
    expect(linked).toEqual(['pivot-to-asia']);
    expect(row.find('th .count').text()).toBe(`1 of ${columns().length}`);
    // A missing marker is not proof that the article never touches the topic: the page says what it knows.
    expect(row.find('td[data-outlet="tass"]').text()).toContain('no marker found');
    expect($('#coverage').text()).not.toMatch(/does not mention|not mentioned/i);
    expect($('#topics').text()).not.toMatch(/not mentioned/i);
  });

  it('answers "what did RT say about trade?" in the statements table, linked to the paragraph', () => {
    const { $ } = compare;
    const cell = $('#statement-trade-above-200bn td[data-outlet="rt"]');
    expect(cell.find('q').text()).toBe('bilateral trade turnover has stabilized at a consistently high level, exceeding $200 billion annually');
    // The paragraph, and inside it the quoted words as a text fragment.
    expect(cell.find('a.para-ref').attr('href')).toBe(
      '/outlets/rt/#putin-noted-the-robust-economic-and:~:text=bilateral%20trade%20turnover%20has%20stabilized%20at%20a%20consistently%20high%20level%2C%20exceeding%20%24200%20billion%20annually',
    );
    // The Kyiv Independent reported the 2025 call: it has no column in the 2026 edition.
    expect($('#statement-spring-all-year td[data-outlet="kyiv-independent"]').length).toBe(0);
    expect($('#statement-spring-all-year td[data-outlet="rt"]').text()).toBe('Not reported');
  });

  it('gives the Kyiv Independent’s figures in its own edition, the 2025 call, and keeps the old row address on /compare/ as a pointer there', () => {
    const { $ } = pages.find((p) => p.route === EARLIER)!;
    const cell = $('#figures-trade-total td[data-outlet="kyiv-independent"]');
    expect(
      cell
        .find('strong')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['more than $220 billion']);
    // In its own edition the figure is not "reported at" another call.
    expect(cell.find('.context').first().text()).toBe('a lower bound');
    // Its growth rate has a row of its own: a percentage is not a dollar total.
    expect($('#figures-trade-total-percentage td[data-outlet="kyiv-independent"] strong').text()).toBe('7%');
    expect($('#figures-trade-total-percentage th').text()).toContain('Bilateral trade: percentages');
    expect($('#outlets td.flagged').length).toBe(0);
    const pointer = compare.$('#figures-trade-total-percentage');
    expect(pointer.find('a').attr('href')).toBe(`${EARLIER}#figures-trade-total-percentage`);
    expect(pointer.text()).toContain('stated in the earlier coverage');
  });

  it('says beside each statement whose words they are, and gives Pivot’s summary as its own words', () => {
    const { $ } = compare;
    const said = (row: string, outlet: string) => $(`#statement-${row} td[data-outlet="${outlet}"] .speaker`).text().trim();
    expect(said('stabilizing-factor', 'pivot-to-asia')).toBe("The outlet's own words");
    expect(said('stabilizing-factor', 'tass')).toBe('Direct quote, attributed to Vladimir Putin');
    expect(said('trade-above-200bn', 'pivot-to-asia')).toBe('Reported speech, attributed to the leaders');
    // No row claims a speaker for every cell: "Attributed to" stands only beside the words a sentence attributes.
    expect($('#statements th .speaker').length).toBe(0);
    $('#statements td .speaker[data-attribution="outlet-own-words"]').each((_, el) => expect($(el).text()).not.toContain('attributed'));
  });

  it('flags a headline the captured page does not print, and says where it came from', () => {
    const { $ } = compare;
    const cell = (id: string) => $(`#outlets td.headline[data-outlet="${id}"]`);
    expect(cell('pivot-to-asia').find('i').length).toBe(1);
    expect(cell('pivot-to-asia').text()).toContain("headline taken from the article's URL");
    const earlier = pages.find((p) => p.route === EARLIER)!.$('#outlets td.headline[data-outlet="kyiv-independent"]');
    expect(earlier.text()).toContain("headline taken from the capture's metadata");
    expect(cell('devdiscourse').find('i').length).toBe(0);
  });

  it('keeps a space between the words and links of the data section ("CSV: coverage", not "CSV:coverage")', () => {
    const text = compare.$('#data p').text().replace(/\s+/g, ' ');
    expect(text).toContain('as CSV: coverage, statements, figures, word choice, sources, shared wording.');
    expect(text).not.toMatch(/[:,][^\s]/);
  });

  it('puts each outlet in the same column, at the same width, in every word-choice group', () => {
    const { $ } = compare;
    const tables = $('#word-choice table').get();
    expect(tables.length).toBeGreaterThan(1);
    const layout = (t: (typeof tables)[number]) => ({
      heads: $(t)
        .find('thead th[data-outlet]')
        .map((_, th) => $(th).attr('data-outlet'))
        .get(),
      cols: $(t)
        .find('colgroup col')
        .map((_, c) => $(c).attr('data-col') ?? $(c).attr('class'))
        .get(),
    });
    const first = layout(tables[0]!);
    expect(first.heads).toEqual(columns().length === first.heads.length ? first.heads : []);
    expect(first.cols).toEqual(['label-col', ...first.heads]);
    for (const t of tables) expect(layout(t)).toEqual(first);
    // The shared widths come from a fixed table layout (compare.css), which reads the colgroup.
    expect($('#word-choice table.words').length).toBe(tables.length);
  });

  it('shows in each topic lane the sentences that matched, not the whole paragraph, with the paragraph a link away', async () => {
    const { $ } = compare;
    const outletPages = new Map(pages.filter((p) => p.route.startsWith('/outlets/')).map((p) => [p.route, p]));
    let shorter = 0;
    const quotes = $('#topics .lane blockquote').get();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const link = $(q).find('a.para-ref').attr('href')!;
      const [route, id] = link.split('#') as [string, string];
      const paragraph = outletPages.get(route)!.$(`[id="${id}"]`).text().replace(/\s+/g, ' ').trim();
      const excerpt = $(q).clone().find('a.para-ref').remove().end().text().replace(/\s+/g, ' ').trim();
      // Every excerpt holds a match, and each of its pieces is the paragraph's own words.
      expect($(q).find('mark').length, link).toBeGreaterThan(0);
      for (const piece of excerpt.split(' … ')) expect(paragraph, link).toContain(piece);
      if (excerpt.length < paragraph.length) shorter++;
    }
    // Long paragraphs are cut to their matching sentences.
    expect(shorter).toBeGreaterThan(quotes.length / 4);
  });

  it('folds long lanes and the long sections under a one-line summary, no JavaScript needed', () => {
    const { $ } = compare;
    expect($('#topics > details.fold > summary').text()).toMatch(/^Show the \d+ topics/);
    // "What differs" is the open grid of statements by outlet; the statements with each outlet's words are a click away.
    expect($('#what-differs > details.fold').attr('open')).toBeDefined();
    for (const id of ['coverage', 'topics', 'statements', 'figures', 'word-choice', 'sources']) {
      expect($(`#${id} > details.fold:not([open]) > summary`).length, id).toBe(1);
      expect($(`#${id} > p.lede`).length, id).toBe(1);
    }
    expect($('#topics .lane details.lane-more').length).toBeGreaterThan(0);
  });

  it('renders article text as text: marks for matches, no markup from the articles', () => {
    const { $ } = compare;
    expect(
      $('#topic-taiwan mark')
        .map((_, m) => $(m).text())
        .get(),
    ).toEqual(['One China', 'Taiwan']);
    expect($('#topics script, #topics iframe').length).toBe(0);
  });

  it('ships an outlet picker with a box for every outlet', () => {
    const { $ } = compare;
    expect(
      $('outlet-picker input[type="checkbox"]')
        .map((_, i) => $(i).attr('value'))
        .get()
        .sort(),
    ).toEqual(columns());
  });
});

describe('framing at a glance', () => {
  it('links each outlet page to its rows in its article’s edition: /compare/ for the newest (every anchor is checked to exist by the integrity checks)', () => {
    for (const id of columns()) {
      const { $ } = pages.find((p) => p.route === `/outlets/${id}/`)!;
      const links = $('.glance a[href^="/compare/#"]')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links.length, id).toBeGreaterThan(0);
      for (const href of links) expect(compare.ids.has(href.split('#')[1]!), href).toBe(true);
    }
    // An edition of one article has no other column to compare with: its glance names the rows without linking them.
    const kyiv = pages.find((p) => p.route === '/outlets/kyiv-independent/')!.$;
    expect(kyiv('.glance a[href*="#coverage-"], .glance a[href*="#word-"]').length).toBe(0);
    expect(kyiv('.glance').text()).toContain('No statements are compared for this call yet.');
  });

  it('lists what TASS leaves out, and the statements it reports', () => {
    const { $ } = pages.find((p) => p.route === '/outlets/tass/')!;
    expect($('.glance .leaves-out').text()).toContain('Ukraine');
    expect($('.glance').text()).toContain('9 of 14');
  });
});

describe('/data/', () => {
  it('exports the comparison as JSON with every outlet and links to paragraphs', async () => {
    const json = JSON.parse(await readFile(path.join(dist, 'data/comparison.json'), 'utf8'));
    expect(json.outlets.map((o: { id: string }) => o.id).sort()).toEqual(columns());
    expect(Object.keys(json.coverage[0].outlets).sort()).toEqual(columns());
    expect(json.statements.find((s: { statement: string }) => s.statement === 'trade-above-200bn').outlets.rt.link).toBe(
      '/outlets/rt/#putin-noted-the-robust-economic-and',
    );
  });

  it('exports each table as CSV', async () => {
    for (const name of ['coverage', 'statements', 'figures', 'word-choice', 'sources', 'shared-wording']) {
      const text = await readFile(path.join(dist, `data/${name}.csv`), 'utf8');
      expect(text.split('\n')[0], name).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
      expect(text.trim().split('\n').length, name).toBeGreaterThan(1);
    }
  });
});
