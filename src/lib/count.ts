/**
 * Counts as the search page writes them, without `Intl`: a page's first
 * `Intl.NumberFormat` (which `toLocaleString('en')` makes on every call) costs
 * Chromium 60–170 ms loading ICU's data on this machine, and the search page
 * used to pay it before its first result.
 */

/** "1,234": thousands grouped with commas, as `toLocaleString('en')` writes a whole number. */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 article", "1,234 articles". */
export const count = (n: number, one: string): string => `${grouped(n)} ${one}${n === 1 ? '' : 's'}`;
