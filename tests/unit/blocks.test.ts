import { describe, expect, it } from 'vitest';
import { articleBlocks, BlockIdError, countWords, deriveId, leadingWords } from '../../src/lib/blocks.ts';

describe('deriveId', () => {
  it('slugs the first six words of a paragraph', () => {
    expect(deriveId('paragraph', '"Every season is spring" for Russian-Chinese relations, Putin said.')).toBe(
      'every-season-is-spring-for-russian-chinese',
    );
  });
  it('slugs the whole of a heading', () => {
    expect(deriveId('heading', 'Timing as Strategy: Why February 4, 2026 Matters')).toBe('timing-as-strategy-why-february-4-2026-matters');
  });
  it('keeps non-Latin letters and caps the length at 64 characters', () => {
    expect(deriveId('paragraph', 'Русский текст статьи')).toBe('русский-текст-статьи');
    expect(deriveId('heading', 'word '.repeat(40)).length).toBeLessThanOrEqual(64);
  });
  it('falls back to the block kind when nothing sluggable is left', () => {
    expect(deriveId('paragraph', '— … —')).toBe('paragraph');
  });
});

const article = [
  '## Trade',
  '',
  'First paragraph about trade volumes.',
  '',
  'Second paragraph on energy supplies.',
  '',
  '- one item',
  '- two item',
  '',
].join('\n');

describe('articleBlocks', () => {
  it('numbers paragraphs and list items, not headings, in order', () => {
    const blocks = articleBlocks(article);
    expect(blocks.map((b) => [b.kind, b.id, b.number])).toEqual([
      ['heading', 'trade', 0],
      ['paragraph', 'first-paragraph-about-trade-volumes', 1],
      ['paragraph', 'second-paragraph-on-energy-supplies', 2],
      ['item', 'one-item', 3],
      ['item', 'two-item', 4],
    ]);
  });

  it('keeps every other id when a paragraph is inserted, removed or edited', () => {
    const before = articleBlocks(article).map((b) => b.id);
    const inserted = articleBlocks(article.replace('Second paragraph', 'A new paragraph in between.\n\nSecond paragraph')).map((b) => b.id);
    const removed = articleBlocks(article.replace('First paragraph about trade volumes.\n\n', '')).map((b) => b.id);
    const edited = articleBlocks(article.replace('First paragraph about trade volumes.', 'Totally rewritten opening.')).map((b) => b.id);
    expect(inserted.filter((id) => id !== 'a-new-paragraph-in-between')).toEqual(before);
    expect(removed).toEqual(before.filter((id) => id !== 'first-paragraph-about-trade-volumes'));
    expect(edited.filter((id) => id !== 'totally-rewritten-opening')).toEqual(before.filter((id) => id !== 'first-paragraph-about-trade-volumes'));
  });

  it('gives the same ids on every run', () => {
    expect(articleBlocks(article)).toEqual(articleBlocks(article));
  });

  it('takes an explicit {#id} and strips it from the text', () => {
    const [block] = articleBlocks('Putin said trade grew. {#putin-on-trade}\n');
    expect(block).toEqual({ id: 'putin-on-trade', kind: 'paragraph', text: 'Putin said trade grew.', number: 1 });
  });

  it('refuses two paragraphs that would share an id, naming both lines and the fix', () => {
    const clash = 'The leaders discussed trade and energy today.\n\nThe leaders discussed trade and energy at length.\n';
    expect(() => articleBlocks(clash)).toThrow(BlockIdError);
    expect(() => articleBlocks(clash)).toThrow(
      'line 3: paragraph id "the-leaders-discussed-trade-and-energy" is already used by the paragraph at line 1 (both begin "The leaders discussed trade and energy"): give one of them its own id by ending it with {#the-leaders-discussed-trade-and-energy-2} or another unused id',
    );
    expect(articleBlocks(clash.replace('at length.', 'at length. {#leaders-at-length}')).map((b) => b.id)).toEqual([
      'the-leaders-discussed-trade-and-energy',
      'leaders-at-length',
    ]);
  });

  it('refuses a malformed explicit id', () => {
    expect(() => articleBlocks('Text. {#Bad Id}\n')).not.toThrow(); // a space ends the marker: not an id, kept as text
    expect(() => articleBlocks('Text. {#-bad}\n')).toThrow('line 1: "{#-bad}" is not a valid paragraph id');
  });
});

describe('countWords', () => {
  it('counts words with joined punctuation and figures as one', () => {
    expect(countWords('Trade exceeded US$200 billion, up 7.5% year-on-year.')).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

describe('text in scripts written without spaces', () => {
  const zh = '2月4日下午，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。';
  it('derives an id from the first six words Intl.Segmenter finds, written as the script writes them', () => {
    expect(deriveId('paragraph', zh)).toBe('2月4日下午国家');
    expect(leadingWords('Putin 与习近平举行视频会晤', 4)).toBe('Putin 与习近平');
  });
  it('counts words, not runs between spaces', () => {
    expect(countWords(zh)).toBe(19);
    expect(countWords('ロシアのプーチン大統領と中国の習近平国家主席')).toBe(12);
    expect(countWords('Путин и Си Цзиньпин провели видеоконференцию')).toBe(6);
  });
  it('gives each paragraph of a Chinese article its own id', () => {
    const blocks = articleBlocks(`${zh}\n\n习近平指出，中俄关系保持健康稳定发展。\n`);
    expect(blocks.map((b) => b.id)).toEqual(['2月4日下午国家', '习近平指出中俄关系保持']);
  });
});
