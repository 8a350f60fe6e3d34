import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../src/lib/count.ts';

describe('counts (formatCount, plural)', () => {
  it('groups thousands exactly as toLocaleString("en") does, for every size of whole number', () => {
    const numbers = [
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1000,
      1001,
      9999,
      10000,
      12345,
      99999,
      100000,
      123456,
      999999,
      1000000,
      9508,
      10000000,
      123456789,
      2 ** 31,
    ];
    for (let n = 0; n < 3000; n += 7) numbers.push(n);
    for (const n of numbers) expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'));
  });

  it('says one thing in the singular and the rest in the plural', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(9508, 'article')).toBe('9,508 articles');
  });
});
