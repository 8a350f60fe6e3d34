import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search-query.ts';
import { excerpt, hasPhrases, matchingParagraphs, type Anchor } from '../../src/lib/search-results.ts';

describe('hasPhrases', () => {
  const text = 'He noted a 7% increase to more than $220 billion in the Kremlin’s “full-scale war” wording.';
  it('finds phrases whatever their quote marks and case', () => {
    expect(hasPhrases(text, parseQuery('"Kremlin’s “full-scale war”"'))).toBe(true); // inner quote marks split it: "Kremlin’s", then loose words
    expect(hasPhrases(text, parseQuery('"Kremlin’s full-scale war"'))).toBe(false); // the text has a quote mark between them
    expect(hasPhrases(text, parseQuery('"FULL-SCALE WAR"'))).toBe(true);
    expect(hasPhrases(text, parseQuery('"$220 billion"'))).toBe(true);
    expect(hasPhrases(text, parseQuery('"Kremlin\'s"'))).toBe(true);
  });
  it('matches whole words only', () => {
    expect(hasPhrases(text, parseQuery('"ull-scale"'))).toBe(false);
    expect(hasPhrases(text, parseQuery('"20 billion"'))).toBe(false);
  });
});

describe('matchingParagraphs', () => {
  const anchors: Anchor[] = [
    { element: 'h2', id: 'headline', text: 'Leaders talk', location: 0 },
    { element: 'p', id: 'one', text: 'Every season is spring, Putin said.', location: 3 },
    { element: 'p', id: 'two', text: 'Spring came early; the season was long.', location: 9 },
    { element: 'p', id: 'three', text: 'Trade grew.', location: 16 },
    { element: 'div', id: 'wrapper', text: 'Every season is spring', location: 3 },
  ];
  it('gives the paragraphs holding a phrase, not wrappers', () => {
    expect(matchingParagraphs(anchors, [], parseQuery('"season is spring"')).map((a) => a.id)).toEqual(['one']);
  });
  it('gives nothing for a phrase no paragraph holds', () => {
    expect(matchingParagraphs(anchors, [5], parseQuery('"spring is season"'))).toEqual([]);
  });
  it('ranks paragraphs holding every loose word first', () => {
    expect(matchingParagraphs(anchors, [], parseQuery('spring season')).map((a) => a.id)).toEqual(['one', 'two']);
    expect(matchingParagraphs(anchors, [], parseQuery('spring trade')).map((a) => a.id)).toEqual(['one', 'two', 'three']);
  });
  it('falls back to Pagefind’s locations when the text has another form of the word', () => {
    expect(matchingParagraphs(anchors, [17], parseQuery('growing')).map((a) => a.id)).toEqual(['three']);
  });
});

describe('excerpt', () => {
  it('marks every match and keeps the rest as text', () => {
    expect(excerpt('Every season is spring, Putin said.', parseQuery('spring putin'))).toEqual([
      { text: 'Every season is ', mark: false },
      { text: 'spring', mark: true },
      { text: ', ', mark: false },
      { text: 'Putin', mark: true },
      { text: ' said.', mark: false },
    ]);
  });
  it('cuts a long paragraph around its first match', () => {
    const text = `${'before '.repeat(60)}target ${'after '.repeat(60)}`.trim();
    const parts = excerpt(text, parseQuery('target'), 5);
    expect(parts[0]).toEqual({ text: '… ', mark: false });
    expect(parts.at(-1)).toEqual({ text: ' …', mark: false });
    expect(parts.map((p) => p.text).join('')).toBe('… before before before before before target after after after after after …');
  });
  it('keeps markup in a paragraph as plain text', () => {
    expect(
      excerpt('<b>spring</b>', parseQuery('spring'))
        .map((s) => s.text)
        .join(''),
    ).toBe('<b>spring</b>');
  });
});

describe('queries in scripts written without spaces', () => {
  it('finds a phrase or a word inside a run of text, and its paragraph', () => {
    const anchors: Anchor[] = [
      { element: 'p', id: 'a', text: '2月4日下午，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。', location: 0 },
      { element: 'p', id: 'b', text: '两国元首还就台湾问题和乌克兰局势交换了意见。', location: 10 },
    ];
    const phrase = parseQuery('"普京举行视频会晤"');
    expect(hasPhrases(anchors.map((a) => a.text).join(' '), phrase)).toBe(true);
    expect(matchingParagraphs(anchors, [], phrase).map((a) => a.id)).toEqual(['a']);
    expect(matchingParagraphs(anchors, [], parseQuery('台湾')).map((a) => a.id)).toEqual(['b']);
    expect(
      excerpt(anchors[1]!.text, parseQuery('台湾'))
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['台湾']);
  });
});
