import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/consts.ts';
import { cleanQuery, indexTerms, isPlainPhrase, parseQuery, plainRuns } from '../../src/lib/search-query.ts';

describe('parseQuery', () => {
  it.each([
    ['"every season is spring"'],
    ['“every season is spring”'],
    ['„every season is spring“'],
    ['«every season is spring»'],
    ['″every season is spring″'],
  ])('treats %s as one exact phrase', (raw) => {
    expect(parseQuery(raw)).toMatchObject({ phrases: ['every season is spring'], words: [], empty: false });
  });

  it('keeps loose words beside phrases, with their symbols', () => {
    expect(parseQuery('Putin "$200 billion" 7%, trade.')).toMatchObject({ phrases: ['$200 billion'], words: ['Putin', '7%', 'trade'] });
  });

  it('makes curly and straight apostrophes the same letter', () => {
    expect(parseQuery('Russia’s position').words).toEqual(["Russia's", 'position']);
  });

  it('keeps the phrases and words as typed, for the page to show', () => {
    expect(parseQuery('“Russia’s position” — Xi’s').typed).toEqual({ phrases: ['Russia’s position'], words: ['Xi’s'] });
    expect(parseQuery('"Every season … Putin said" it’s').typed).toEqual({ phrases: ['Every season', 'Putin said'], words: ['it’s'] });
  });

  it('is empty for nothing, white space, only quote marks or only punctuation', () => {
    for (const raw of ['', '   ', '""', '“”', '" "', '«»', '((( )))', '...']) expect(parseQuery(raw).empty, raw).toBe(true);
  });

  it.each([
    ['a zero-width space', 'spr\u200Bing'],
    ['a zero-width non-joiner', 'spr\u200Cing'],
    ['a zero-width joiner', 'spr\u200Ding'],
    ['a word joiner', 'spr\u2060ing'],
    ['a byte-order mark', 'spr\uFEFFing'],
    ['a soft hyphen', 'spr\u00ADing'],
    ['left-to-right and right-to-left marks', 'spr\u200Ein\u200Fg'],
    ['embeddings, overrides and their end', '\u202Aspr\u202Bi\u202Dn\u202Eg\u202C'],
    ['isolates', '\u2066spr\u2067in\u2068g\u2069'],
  ])('drops %s, so it cannot split a word', (_, raw) => {
    expect(cleanQuery(raw)).toBe('spring');
    expect(parseQuery(raw)).toMatchObject({ words: ['spring'], pagefind: 'spring', shown: 'spring', typed: { words: ['spring'] } });
    expect(parseQuery(`"every season is ${raw}"`)).toMatchObject({ phrases: ['every season is spring'], pagefind: '"every season is spring"' });
  });

  it('reads other control characters and line separators as spaces', () => {
    expect(cleanQuery('spring\u0000season\u2028trade\u0085talks\u2062end')).toBe('spring season trade talks end');
  });

  it('drops control characters and cuts long queries, saying so', () => {
    expect(parseQuery('spring\u0000\u0007\u202Eseason').words).toEqual(['spring', 'season']);
    const long = parseQuery('word '.repeat(3000));
    expect(long.truncated).toBe(true);
    expect(long.shown.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseQuery('short').truncated).toBe(false);
  });

  it('takes a quotation shortened with an ellipsis as its parts, each exact', () => {
    for (const raw of [
      '"every season … Russian-Chinese relations"',
      '"every season ... Russian-Chinese relations"',
      '“every season […] Russian-Chinese relations”',
      '"every season... Russian-Chinese relations"',
    ]) {
      expect(parseQuery(raw).phrases, raw).toEqual(['every season', 'Russian-Chinese relations']);
    }
    expect(parseQuery('"spring continues…"').phrases).toEqual(['spring continues']);
    expect(parseQuery('"$2.5 billion"').phrases).toEqual(['$2.5 billion']);
  });

  it('closes nothing it should not: an unpaired quote mark is ignored', () => {
    expect(parseQuery('"every season')).toMatchObject({ phrases: [], words: ['every', 'season'] });
  });
});

describe('what Pagefind is asked', () => {
  it('asks for phrases of plain words as phrases, and for the words of the others', () => {
    expect(parseQuery('“Every season is spring”').pagefind).toBe('"every season is spring"');
    expect(parseQuery('"every season is spring" trade').pagefind).toBe('"every season is spring" trade');
    expect(parseQuery('"$200 billion" trade').pagefind).toBe('billion trade');
    expect(parseQuery('"Russia’s position"').pagefind).toBe("russia's position");
    expect(parseQuery('"full-scale war"').pagefind).toBe('full scale war');
    // A run of plain words inside a phrase with other tokens narrows just as well.
    expect(parseQuery('"Russia’s position as a leading supplier"').pagefind).toBe('"position as a leading supplier" russia\'s');
    expect(parseQuery('"exceeding $200 billion annually"').pagefind).toBe('"billion annually" exceeding');
    // Figures, indexed unpredictably, are never asked for beside a phrase.
    expect(parseQuery('"US$200 billion annually"').pagefind).toBe('"billion annually"');
    expect(parseQuery('"the full-scale war in Ukraine"').pagefind).toBe('"war in ukraine" the full scale');
    expect(parseQuery('"spring"').pagefind).toBe('spring');
    // One phrase per Pagefind query (two give nothing): the longest.
    expect(parseQuery('"Putin said" “Every season is spring”').pagefind).toBe('"every season is spring" putin said');
  });
  it('finds the runs of plain words in a phrase', () => {
    expect(plainRuns("Russia's position as a leading supplier")).toEqual(['position as a leading supplier']);
    expect(plainRuns('over $200 billion in trade, last year')).toEqual(['billion in trade', 'last year']);
    expect(plainRuns('Every season is spring" for Russian-Chinese')).toEqual(['Every season is spring']);
    expect(plainRuns('U.S.-India oil')).toEqual([]);
  });

  it('takes as plain only two or more words of letters in a spaced script', () => {
    expect(['every season', 'Товарооборот между странами', 'Xi Jinping'].every(isPlainPhrase)).toBe(true);
    expect(['spring', "Russia's position", 'full-scale war', '$200 billion', 'in 2025', '普京 举行', 'spring*'].some(isPlainPhrase)).toBe(false);
  });
});

describe('indexTerms', () => {
  it('asks Pagefind for words of letters, hyphenated words split, apostrophes kept', () => {
    expect(indexTerms(['full-scale war', "Russia's"])).toBe("full scale war russia's");
  });
  it('leaves figures to the text check when there are words, and asks for bare numbers when there are none', () => {
    expect(indexTerms(['US$200 billion'])).toBe('billion');
    expect(indexTerms(['$200', '7%'])).toBe('200 7');
    expect(indexTerms(['<script>'])).toBe('script');
    expect(indexTerms(['()'])).toBe('');
  });
});

describe('queries in scripts written without spaces', () => {
  it('never asks Pagefind for them (its index keeps a run of such text as one token), so every page is checked', () => {
    expect(indexTerms(['普京'])).toBe('');
    expect(indexTerms(['2000亿美元'])).toBe('');
    expect(indexTerms(['普京', 'Putin'])).toBe('putin');
    expect(parseQuery('“普京举行视频会晤”').pagefind).toBe('');
  });
});
