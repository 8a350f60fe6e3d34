import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search-query.ts';
import { BATCH, MAX_READ, SearchSession, cutNotice, moreParagraphs, type PageData } from '../../src/lib/search-session.ts';
import type { SearchState } from '../../src/lib/search-url.ts';

/** A made-up article page as Pagefind gives it: one paragraph per text. */
function page(outlet: string, n: number, ...texts: string[]): PageData {
  return {
    url: `/outlets/${outlet}/a${n}/`,
    content: texts.join(' '),
    filters: { outlet: [outlet] },
    locations: [0],
    anchors: texts.map((text, i) => ({ element: 'p', id: `p${i}`, text, location: i * 20 })),
  };
}

const HOLDS = 'The leaders spoke by video; every season is spring, one said.';
const LACKS = 'Trade figures were discussed at length by both sides.';

function session(q: string, pages: readonly PageData[], outletCount = 5, filters: Partial<SearchState> = {}): SearchSession {
  const state = { q, outlet: '', kind: '', event: '', ...filters };
  return new SearchSession({ query: parseQuery(q), state, total: pages.length, outletCount });
}

/** One step as the page runs it: read what the session names until it says the step is over. Gives the ranges read. */
function step(s: SearchSession, pages: readonly PageData[]): [number, number][] {
  const read: [number, number][] = [];
  s.step();
  for (let range = s.nextBatch(); range; range = s.nextBatch()) {
    read.push([range.from, range.to]);
    s.record(pages.slice(range.from, range.to));
  }
  return read;
}

describe('a search for words, where Pagefind’s results all match', () => {
  // 9,508 matching articles from 100 outlets; the first ten come from 7 of them.
  const outlets = ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'g', 'b', 'a'];
  const pages = Array.from({ length: 9508 }, (_, i) => page(outlets[i % 10]! + (i >= 10 ? i : ''), i, `Putin spoke, item ${i}.`));

  it('reads the first batch only, and says how many match in all and where the ones shown come from', () => {
    const s = session('Putin', pages, 100);
    expect(s.checking).toBe(false);
    expect(step(s, pages)).toEqual([[0, BATCH]]);
    expect(s.status()).toBe('“Putin” is in 9,508 articles; showing the first 10, from 7 of 100 outlets.');
    expect([...s.groups.keys()]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(s.groups.get('a')!.map((h) => h.url)).toEqual(['/outlets/a/a0/', '/outlets/a/a3/', '/outlets/a/a9/']);
    expect(s.moreLabel()).toBe('Show more results');
    expect(s.nothingYet()).toBeUndefined();
    expect(s.nothingFound()).toBeUndefined();
  });

  it('reads one more batch each time the reader asks', () => {
    const s = session('Putin', pages, 100);
    step(s, pages);
    expect(step(s, pages)).toEqual([[10, 20]]);
    expect(s.status()).toBe('“Putin” is in 9,508 articles; showing the first 20, from 17 of 100 outlets.');
  });

  it('says how many outlets and paragraphs once everything is read, and offers no more', () => {
    const few = pages.slice(0, 13);
    const s = session('Putin', few, 100);
    expect(step(s, few)).toEqual([[0, 10]]);
    expect(step(s, few)).toEqual([[10, 13]]);
    expect(s.done).toBe(true);
    expect(s.status()).toBe('“Putin” is in 10 of 100 outlets, 13 paragraphs.');
    expect(s.moreLabel()).toBeUndefined();
    expect(step(s, few)).toEqual([]);
  });

  it('counts one paragraph and one outlet in the singular', () => {
    const one = [page('tass', 0, HOLDS, LACKS)];
    const s = session('spring', one);
    step(s, one);
    expect(s.status()).toBe('“spring” is in 1 of 5 outlets, 1 paragraph.');
  });
});

describe('a search Pagefind gives candidates for (a phrase, checked word for word)', () => {
  // 120 candidates; only two hold the phrase, far apart.
  const pages = Array.from({ length: 120 }, (_, i) => page(`o${i % 4}`, i, i === 55 || i === 60 ? HOLDS : LACKS));

  it('reads at most MAX_READ articles a step, says none has it yet and how many are left, and offers to check more', () => {
    const s = session('"every season is spring"', pages);
    expect(s.checking).toBe(true);
    const read = step(s, pages);
    expect(read).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
      [30, 40],
      [40, 50],
    ]);
    expect(s.next).toBe(MAX_READ);
    expect(s.status()).toBe('“every season is spring” is in 0 of 5 outlets so far, 0 paragraphs; 70 articles left to check.');
    expect(s.nothingYet()).toBe('None of the first 50 articles has it.');
    expect(s.moreLabel()).toBe('Check more articles');
  });

  it('goes on where it stopped, and ends with what it found', () => {
    const s = session('"every season is spring"', pages);
    step(s, pages);
    expect(step(s, pages)).toEqual([
      [50, 60],
      [60, 70],
      [70, 80],
      [80, 90],
      [90, 100],
    ]);
    expect(s.status()).toBe('“every season is spring” is in 2 of 5 outlets so far, 2 paragraphs; 20 articles left to check.');
    expect(s.nothingYet()).toBeUndefined();
    expect(step(s, pages)).toEqual([
      [100, 110],
      [110, 120],
    ]);
    expect(s.status()).toBe('“every season is spring” is in 2 of 5 outlets, 2 paragraphs.');
    expect(s.hits.map((h) => h.url)).toEqual(['/outlets/o3/a55/', '/outlets/o0/a60/']);
    expect(s.moreLabel()).toBeUndefined();
  });

  it('stops a step at a batch of hits, however few articles it read', () => {
    const all = Array.from({ length: 30 }, (_, i) => page(`o${i % 4}`, i, HOLDS));
    const s = session('"every season is spring"', all);
    expect(step(s, all)).toEqual([[0, 10]]);
    expect(s.status()).toBe('“every season is spring” is in 4 of 5 outlets so far, 10 paragraphs; 20 articles left to check.');
  });

  it('checks every page where Pagefind was asked nothing (a word in a script written without spaces)', () => {
    const s = session('普京', pages);
    expect(s.query.pagefind).toBe('');
    expect(s.checking).toBe(true);
    expect(s.moreLabel()).toBe('Check more articles');
  });

  it('names phrases as typed, joined by “and”, and highlights phrases and words', () => {
    const s = session('“Russia’s position” … "every season" trade', []);
    expect(s.label).toBe('“Russia’s position” and “every season”');
    expect(s.highlight).toBe("Russia's position every season trade");
  });

  it('reads at the limits it is given', () => {
    const s = new SearchSession({
      query: parseQuery('"every season is spring"'),
      state: { q: '', outlet: '', kind: '', event: '' },
      total: 120,
      outletCount: 5,
      limits: { batch: 4, maxRead: 8 },
    });
    expect(step(s, pages)).toEqual([
      [0, 4],
      [4, 8],
    ]);
  });
});

describe('a search that finds nothing', () => {
  it('says no article has it, and what to try', () => {
    const s = session('"spring is every season"', [page('tass', 0, HOLDS)]);
    step(s, [page('tass', 0, HOLDS)]);
    expect(s.status()).toBe('No article has “spring is every season”.');
    expect(s.nothingFound()).toEqual({
      message: 'No article has “spring is every season”.',
      hint: 'Exact phrases must match word for word: try fewer words, or remove the quote marks to find the words anywhere.',
    });
    expect(s.moreLabel()).toBeUndefined();
  });

  it('mentions the filters when the search was narrowed', () => {
    const s = session('spring', [], 5, { outlet: 'tass' });
    expect(s.status()).toBe('No article has “spring”.');
    expect(s.nothingFound()).toEqual({ message: 'No article has “spring” with these filters.', hint: 'Try clearing the filters, or fewer words.' });
    expect(session('spring', []).nothingFound()!.hint).toBe('Try fewer or different words.');
  });
});

describe('the words around results', () => {
  it('says how far a query was cut, and how many paragraphs are not listed', () => {
    expect(cutNotice(300)).toBe('Your search was cut to its first 300 characters.');
    expect(moreParagraphs(1)).toBe('and 1 more paragraph in this article');
    expect(moreParagraphs(3)).toBe('and 3 more paragraphs in this article');
  });
});
