import { describe, expect, it } from 'vitest';
import { compileMatcher, fold, isExact, sentenceSpans } from '../../src/lib/patterns.ts';

describe('fold', () => {
  it('folds quotes, dashes and spaces without moving any character', () => {
    const text = '“Russia’s” – ‘ties’ — 7\u00a0%';
    expect(fold(text)).toBe("\"Russia's\" - 'ties' - 7 %");
    expect(fold(text).length).toBe(text.length);
  });
});

describe('compileMatcher', () => {
  const match = compileMatcher([
    { key: 'war', patterns: ['full-scale war', 'the war'] },
    { key: 'short', patterns: ['war'] },
    { key: 'un', patterns: ['UN'] },
    { key: 'visa', patterns: ['visa*'] },
    { key: 'apostrophe', patterns: ["Russia's war"] },
  ]);
  const keys = (text: string) => match(text).map((m) => `${m.key}:${m.text}`);

  it('matches whole words only, case-insensitively', () => {
    expect(keys('Warsaw and the WAR; a war')).toEqual(['war:the WAR', 'short:war']);
  });
  it('counts an overlap once, for the longer pattern', () => {
    expect(keys('the full-scale war')).toEqual(['war:full-scale war']);
  });
  it('matches patterns with two capitals exactly', () => {
    expect(isExact('UN')).toBe(true);
    expect(isExact('Taiwan')).toBe(false);
    expect(keys('the UN and un-')).toEqual(['un:UN']);
  });
  it('expands a trailing * to any word ending', () => {
    expect(keys('visas, visa-free and visa')).toEqual(['visa:visas', 'visa:visa-free', 'visa:visa']);
  });
  it('treats curly and straight apostrophes alike, and reports the text as written', () => {
    expect(keys('Russia’s war')).toEqual(['apostrophe:Russia’s war']);
  });
  it('lets white space in a pattern match any run of white space', () => {
    expect(keys('the\n  war')).toEqual(['war:the\n  war']);
  });
  it('matches nothing when there are no patterns', () => {
    expect(compileMatcher([])('anything')).toEqual([]);
  });
});

describe('sentenceSpans', () => {
  it('splits sentences but not at U.S. or initials', () => {
    const text = 'The U.S. President spoke. MD. Rana wrote it. Trade grew 7%. "Yes," he said.';
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'The U.S. President spoke.',
      'MD. Rana wrote it.',
      'Trade grew 7%.',
      '"Yes," he said.',
    ]);
  });
});

describe('patterns in scripts written without spaces', () => {
  const text = '两国元首还就台湾问题和乌克兰局势交换了意见。习近平指出，中俄关系保持健康稳定发展。';
  it('match inside a run of text, where there are no spaces to bound a word', () => {
    expect(compileMatcher([{ key: 'taiwan', patterns: ['台湾'] }])(text).map((m) => [m.start, m.text])).toEqual([[6, '台湾']]);
  });
  it('do not run on into the next words for a trailing *', () => {
    expect(compileMatcher([{ key: 'x', patterns: ['乌克兰*'] }], { anyCase: true })(text).map((m) => m.text)).toEqual(['乌克兰']);
  });
  it('leave Latin words whole-word as before', () => {
    expect(compileMatcher([{ key: 'un', patterns: ['UN'] }])('UN和UNESCO')).toHaveLength(1);
  });
  it('end sentences at full-width marks with no space after them', () => {
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b))).toEqual([
      '两国元首还就台湾问题和乌克兰局势交换了意见。',
      '习近平指出，中俄关系保持健康稳定发展。',
    ]);
  });
});
