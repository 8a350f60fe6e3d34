/** Which editions a search reads, where their index bundles are, what the page says; and which words count as a match where an index lacks one. */
import { describe, expect, it } from 'vitest';
import { sameWord } from '../../src/lib/search-results.ts';
import { defaultEditions, defaultIsAll, editionsFor, FIRST_SEARCH_ARTICLES, scopeText, SCOPE_ALL, shardPath } from '../../src/lib/search-scope.ts';

const edition = (id: string, articles: number) => ({ id, title: `Event ${id}`, articles });
// Newest first, as the corpus lists them.
const large = Array.from({ length: 100 }, (_, i) => edition(`e${99 - i}`, 100));
const small = [edition('new', 4), edition('old', 1)];

describe('search scope', () => {
  it('reads the newest editions up to the first search budget, at least one, by default', () => {
    expect(defaultEditions(small)).toEqual(small);
    expect(defaultIsAll(small)).toBe(true);
    expect(defaultEditions(large).map((e) => e.id)).toEqual(['e99']);
    expect(defaultIsAll(large)).toBe(false);
    const many = Array.from({ length: 10 }, (_, i) => edition(`m${i}`, 30));
    expect(defaultEditions(many).reduce((n, e) => n + e.articles, 0)).toBeLessThanOrEqual(FIRST_SEARCH_ARTICLES);
    expect(defaultEditions(many)).toHaveLength(Math.floor(FIRST_SEARCH_ARTICLES / 30));
    // An edition larger than the budget on its own is still read.
    expect(defaultEditions([edition('huge', 5000), ...small]).map((e) => e.id)).toEqual(['huge']);
  });

  it('widens to every edition, or narrows to the one the Event filter names', () => {
    expect(editionsFor(large, { event: '', scope: SCOPE_ALL })).toHaveLength(100);
    expect(editionsFor(large, { event: 'e3', scope: '' }).map((e) => e.id)).toEqual(['e3']);
    expect(editionsFor(large, { event: 'e3', scope: SCOPE_ALL }).map((e) => e.id)).toEqual(['e3']);
    expect(editionsFor(large, { event: '', scope: '' }).map((e) => e.id)).toEqual(['e99']);
  });

  it('keeps the default editions in Pagefind’s own bundle and each other edition in its own', () => {
    expect(shardPath(small, 'old')).toBe('/pagefind/');
    expect(shardPath(large, 'e99')).toBe('/pagefind/');
    expect(shardPath(large, 'e3')).toBe('/pagefind/e/e3/');
  });

  it('says what a search reads', () => {
    expect(scopeText(small, small)).toBe('Searching every edition: 2 editions, 5 articles.');
    expect(scopeText(large, defaultEditions(large))).toBe('Searching the newest edition, Event e99 (100 articles), of 100 editions.');
    expect(scopeText(large, editionsFor(large, { event: 'e3', scope: '' }))).toBe('Searching one edition, Event e3 (100 articles), of 100 editions.');
    expect(scopeText(large, large.slice(0, 3))).toBe('Searching the newest 3 editions (300 articles), of 100 editions.');
  });
});

describe('a word at a match location', () => {
  it('is a match when it is a form of the query word', () => {
    expect(sameWord('leaders', 'leader')).toBe(true);
    expect(sameWord('leader', 'leaders')).toBe(true);
    expect(sameWord('countries', 'country')).toBe(true);
    expect(sameWord('Taiwan,', 'Taiw')).toBe(true);
    expect(sameWord('Xi', 'xi')).toBe(true);
  });

  it('is not one when an index without the word matched a shorter part of it', () => {
    expect(sameWord('Xi', 'Xinhua')).toBe(false);
    expect(sameWord('the', 'theatre')).toBe(false);
    expect(sameWord('ran', 'run')).toBe(false);
  });
});
