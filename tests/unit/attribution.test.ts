/** Whose words a rendering is, read from its sentence: on sentences outside the edition, so the rule is general. */
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/lib/blocks.ts';
import { attributionSubject, EventReader, quoteSpans } from '../../src/lib/comparison/attribution.ts';

describe('attributionSubject', () => {
  it.each([
    ['“We will not back down,” the foreign minister said.', 'the foreign minister'],
    ['Prices will fall next year, Lopez stressed.', 'Lopez'],
    ['According to Maria Lopez, the deal is off.', 'Maria Lopez'],
    ['As Chancellor Weber noted, the border stays open.', 'Chancellor Weber'],
    ['The ministers lauded the agreement.', 'The ministers'],
    ['She added that talks would resume.', 'She'],
  ])('finds who speaks in "%s"', (sentence, who) => {
    expect(attributionSubject(sentence)).toBe(who);
  });
  it.each([
    'The summit between Weber and Lopez confirmed a new phase in relations.',
    'The accord was described as historic.',
    'They discussed the border and energy prices.',
    'The talks also touched on climate finance.',
    'Trade continues to grow despite the sanctions.',
  ])('finds no speaker in "%s": the outlet’s own words', (sentence) => {
    expect(attributionSubject(sentence)).toBeNull();
  });
});

describe('quoteSpans', () => {
  it('pairs curly and straight quotation marks, and quotes from the start when the opening mark was lost', () => {
    expect(quoteSpans('He said “yes” and "no".')).toEqual([
      [8, 13],
      [18, 22],
    ]);
    expect(quoteSpans('Trade grew," she said.')).toEqual([[0, 12]]);
    // British style: single curly quotes, the apostrophe in "Russia’s" left alone.
    expect(quoteSpans('Russia’s envoy called it ‘a turning point’, he said.')).toEqual([[25, 42]]);
  });
});

describe('EventReader', () => {
  const article = (outlet: string, text: string) => ({ outlet, article: outlet, event: 'e', blocks: articleBlocks(text) });
  const reader = new EventReader([
    article(
      'a',
      'German Chancellor Anna Weber met Spanish Prime Minister Maria Lopez on Monday.\n\nThe German leader said the border "will stay open to trade." She added that prices would fall.\n\nThe meeting confirmed a new phase in relations.\n',
    ),
  ]);
  const blocks = articleBlocks(
    'German Chancellor Anna Weber met Spanish Prime Minister Maria Lopez on Monday.\n\nThe German leader said the border "will stay open to trade." She added that prices would fall.\n\nThe meeting confirmed a new phase in relations.\n',
  );
  const at = (words: string) => {
    const b = blocks.find((x) => x.text.includes(words))!;
    const start = b.text.indexOf(words);
    return reader.classify('a', b, start, start + words.length);
  };
  it('tells a direct quote, reported speech and the outlet’s own words apart, and names the speaker as the article does', () => {
    expect(at('will stay open to trade')).toEqual({ type: 'direct-quote', speaker: 'Anna Weber' });
    expect(at('prices would fall')).toEqual({ type: 'reported-speech', speaker: 'Anna Weber' });
    expect(at('a new phase in relations')).toEqual({ type: 'outlet-own-words', speaker: null });
  });
});
