/**
 * Counts as people read them ("1 word", "1,234 words"), without `Intl`: the
 * search page writes them too, and a page's first `Intl.NumberFormat` (which
 * `toLocaleString('en')` makes on every call) costs Chromium 60–170 ms loading
 * ICU's data on this machine, before the first result. The pages the build
 * writes take the same functions through ./format.ts.
 */

/** 1234 → "1,234": a whole number's thousands grouped with commas, as `toLocaleString('en')` writes it. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 word" / "1,234 words" (English: the singular for exactly one). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;
