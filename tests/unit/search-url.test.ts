import { describe, expect, it } from 'vitest';
import { FILTERS } from '../../src/lib/search-filters.ts';
import { correctedUrl, isFiltered, pagefindFilters, stateFromUrl, urlForState, type KnownFilters } from '../../src/lib/search-url.ts';

// A small made-up site: what its menus offer.
const known: KnownFilters = {
  outlet: new Set(['alpha', 'beta']),
  kind: new Set(['state news agency', 'online newspaper']),
  event: new Set(['summit-2031-05-01']),
};

describe('search state in the address', () => {
  it('round-trips the query and filters, leaving out empty ones', () => {
    const base = new URL('https://x.test/search/?old=1');
    const url = urlForState(base, { q: '"every season" Putin', outlet: 'rt', kind: '', event: 'putin-xi-call-2026-02-04' });
    expect(url.pathname + url.search).toBe('/search/?q=%22every+season%22+Putin&outlet=rt&event=putin-xi-call-2026-02-04');
    expect(stateFromUrl(url)).toEqual({ q: '"every season" Putin', outlet: 'rt', kind: '', event: 'putin-xi-call-2026-02-04' });
  });

  it('keeps filter values the site knows', () => {
    const url = new URL('https://x.test/search/?q=spring&outlet=beta&kind=state+news+agency&event=summit-2031-05-01');
    expect(stateFromUrl(url, known)).toEqual({ q: 'spring', outlet: 'beta', kind: 'state news agency', event: 'summit-2031-05-01' });
    expect(correctedUrl(url, known)).toBeUndefined();
  });

  it('ignores a filter value the site does not know, and drops only it from the address', () => {
    const url = new URL('https://x.test/search/?q=%E2%80%9Cspring%E2%80%9D&outlet=gamma&kind=state+news+agency&event=Summit-2031-05-01#top');
    expect(stateFromUrl(url, known)).toEqual({ q: '“spring”', outlet: '', kind: 'state news agency', event: '' });
    const corrected = correctedUrl(url, known)!;
    expect(corrected.pathname + corrected.search + corrected.hash).toBe('/search/?q=%E2%80%9Cspring%E2%80%9D&kind=state+news+agency#top');
    // The corrected address asks for what the page searches, and needs no more correcting.
    expect(stateFromUrl(corrected, known)).toEqual(stateFromUrl(url, known));
    expect(correctedUrl(corrected, known)).toBeUndefined();
  });

  it('leaves an address with only unknown filters as the bare query', () => {
    const corrected = correctedUrl(new URL('https://x.test/search/?outlet=%3Cscript%3E&q=spring'), known)!;
    expect(corrected.search).toBe('?q=spring');
    expect(correctedUrl(new URL('https://x.test/search/?outlet=gamma'), known)!.href).toBe('https://x.test/search/');
  });

  it('checks only the filters it is given values for, and never an empty one', () => {
    const url = new URL('https://x.test/search/?q=x&outlet=gamma&kind=');
    expect(stateFromUrl(url, { kind: known.kind! })).toMatchObject({ outlet: 'gamma', kind: '' });
    expect(correctedUrl(url, { kind: known.kind! })).toBeUndefined();
  });

  it('gives Pagefind the filters that are set, by their names', () => {
    const state = { q: 'x', outlet: 'alpha', kind: '', event: 'summit-2031-05-01' };
    expect(pagefindFilters(state)).toEqual({ outlet: 'alpha', event: 'summit-2031-05-01' });
    expect(isFiltered(state)).toBe(true);
    expect(isFiltered({ q: 'x', outlet: '', kind: '', event: '' })).toBe(false);
    expect(Object.keys(pagefindFilters({ q: '', outlet: 'a', kind: 'b', event: 'c' }))).toEqual([...FILTERS]);
  });
});
