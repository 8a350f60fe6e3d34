import { describe, expect, it } from 'vitest';
import { extractFigures, measureFinder } from '../../src/lib/figures.ts';

const pick = (text: string) => extractFigures(text).map((f) => [f.text, f.kind, f.value, f.unit, f.qualifier]);

describe('extractFigures', () => {
  it('finds money with scale, currency and qualifier', () => {
    expect(pick('Trade exceeded US$200 billion, or more than $220 billion, and €4.23 per 100 kWh.')).toEqual([
      ['US$200 billion', 'money', 200e9, 'US$', null],
      ['more than $220 billion', 'money', 220e9, '$', 'more than'],
      ['€4.23 per 100 kWh', 'money', 4.23, '€ per 100 kWh', null],
    ]);
  });
  it('finds percentages, volumes, counts and durations', () => {
    expect(pick('A 7% rise; 99.1% of trade; 38.8 bcm; over 56,000 Chinese students; up to 30 days.')).toEqual([
      ['7%', 'percentage', 7, '%', null],
      ['99.1%', 'percentage', 99.1, '%', null],
      ['38.8 bcm', 'volume', 38.8, 'bcm', null],
      ['over 56,000 Chinese students', 'count', 56000, 'Chinese students', 'over'],
      ['up to 30 days', 'duration', 30, 'days', 'up to'],
    ]);
  });
  it('ignores years, dates and ordinals', () => {
    expect(pick('In 2025, on February 4, for a third consecutive year, the 15th plan, 2026 and 2027.')).toEqual([]);
  });
  it('records the years named in the figure’s sentence', () => {
    const [f] = extractFigures('In 2025, prices stood at €4.23 per 100 kWh. In 2026 they fell.');
    expect(f?.years).toEqual(['2025']);
    expect(f?.sentence).toBe('In 2025, prices stood at €4.23 per 100 kWh.');
  });
});

describe('measureFinder', () => {
  const measures = [
    { id: 'currencies', markers: ['rubles and yuan'] },
    { id: 'energy', markers: ['energy'] },
    { id: 'trade', markers: ['trade'] },
  ];
  const measureOf = measureFinder(measures);
  const measure = (text: string, figure: string) => {
    const f = extractFigures(text).find((x) => x.text === figure)!;
    return measureOf(f, text);
  };
  it('prefers the first measure named in the figure’s own clause', () => {
    expect(measure('In November, 99.1% of trade between them had shifted to rubles and yuan.', '99.1%')).toBe('currencies');
  });
  it('falls back to the nearest marker in the sentence', () => {
    expect(
      measure(
        'Putin noted robust energy ties, highlighting that bilateral trade turnover has stabilized, exceeding $200 billion annually.',
        'exceeding $200 billion',
      ),
    ).toBe('trade');
  });
  it('gives null when nothing in the sentence names a measure', () => {
    expect(measure('They met for 30 days.', '30 days')).toBeNull();
  });
});
