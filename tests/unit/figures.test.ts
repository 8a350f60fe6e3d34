import { describe, expect, it } from 'vitest';
import { extractFigures, measureFinder } from '../../src/lib/figures.ts';

const pick = (text: string) => extractFigures(text).map((f) => [f.text, f.kind, f.value, f.unit, f.qualifier]);

describe('extractFigures', () => {
  it('finds money with scale, currency and qualifier', () => {
    expect(pick('Trade exceeded US$200 billion, or more than $220 billion, and €4.23 per 100 kWh.')).toEqual([
      ['exceeded US$200 billion', 'money', 200e9, 'US$', 'exceeded'],
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

describe('qualifiers, bounds and periods', () => {
  const one = (text: string) => extractFigures(text).map((f) => [f.text, f.qualifier, f.bound, f.period]);
  it.each([
    ['Exports surpassed the $5 billion mark in 2024.', 'surpassed the $5 billion', 'floor'],
    ['Sales topped 3 million tonnes.', 'topped 3 million tonnes', 'floor'],
    ['Output was in excess of 40 bcm.', 'in excess of 40 bcm', 'floor'],
    ['Inflation stayed below 4%.', 'below 4%', 'ceiling'],
    ['Visitors may stay for no more than 15 days.', 'no more than 15 days', 'ceiling'],
    ['The deal is worth close to €2 billion.', 'close to €2 billion', 'approximate'],
    ['They talked for nearly an hour and a half.', 'nearly an hour and a half', 'approximate'],
  ])('reads the qualifier of "%s" as a bound', (text, figure, bound) => {
    expect(one(text)).toMatchObject([[figure, expect.any(String), bound, expect.any(Array)]]);
  });
  it('finds lengths and ratios written in words, not names like "Five-Year Plan"', () => {
    expect(
      extractFigures('A one-year extension under the 15th Five-Year Plan, at prices two times higher.').map((f) => [f.text, f.kind, f.value]),
    ).toEqual([
      ['one-year', 'duration', 1],
      ['two times higher', 'ratio', 2],
    ]);
  });
  it('gives the period as printed: a running total is "since …", not the year beside it', () => {
    expect(one('By 2025, buyers had spent more than $9 billion since the start of the programme.')[0]![3]).toEqual([
      'By 2025',
      'since the start of the programme',
    ]);
    expect(one('Trade reached $80 billion a year, while investment stood at $3 billion.').map((f) => f[3])).toEqual([['a year'], []]);
    expect(one('From March 1, 2026, to May 1, 2026, visitors may stay up to 14 days.')[0]![3]).toEqual(['From March 1, 2026, to May 1, 2026']);
    expect(one('In 2019 the plant opened; it now makes 5,000 cars.')[0]![3]).toEqual([]);
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
