import { describe, expect, it } from 'vitest';
import {
  excerpt,
  hasPhrases,
  indexTerms,
  isPlainPhrase,
  plainRuns,
  matchingParagraphs,
  MAX_QUERY_LENGTH,
  parseQuery,
  stateFromUrl,
  urlForState,
  type Anchor,
} from '../../src/lib/search-query.ts';

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

describe('search state in the address', () => {
  it('round-trips the query and filters, leaving out empty ones', () => {
    const base = new URL('https://x.test/search/?old=1');
    const url = urlForState(base, { q: '"every season" Putin', outlet: 'rt', kind: '', event: 'putin-xi-call-2026-02-04' });
    expect(url.pathname + url.search).toBe('/search/?q=%22every+season%22+Putin&outlet=rt&event=putin-xi-call-2026-02-04');
    expect(stateFromUrl(url)).toEqual({ q: '"every season" Putin', outlet: 'rt', kind: '', event: 'putin-xi-call-2026-02-04' });
  });
});

describe('queries in scripts written without spaces', () => {
  it('never asks Pagefind for them (its index keeps a run of such text as one token), so every page is checked', () => {
    expect(indexTerms(['普京'])).toBe('');
    expect(indexTerms(['2000亿美元'])).toBe('');
    expect(indexTerms(['普京', 'Putin'])).toBe('putin');
    expect(parseQuery('“普京举行视频会晤”').pagefind).toBe('');
  });
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
