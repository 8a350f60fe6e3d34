/**
 * "What differs" for the edition /compare/ shows: the comparison and the
 * sentence alignment in, the grid and the notes out (lib/comparison/differs.ts),
 * computed once per build for /compare/, each row's own page and its share card.
 */
import { whatDiffers, type WhatDiffers } from '../lib/comparison/differs.ts';
import type { Comparison } from '../lib/comparison/index.ts';
import { loadAlignment } from './alignment.ts';
import { loadComparison } from './content.ts';

let cache: Promise<{ comparison: Comparison; differs: WhatDiffers }> | undefined;

export function loadWhatDiffers(): Promise<{ comparison: Comparison; differs: WhatDiffers }> {
  cache ??= (async () => {
    const [comparison, alignment] = await Promise.all([loadComparison(), loadAlignment()]);
    return { comparison, differs: whatDiffers(comparison, alignment) };
  })();
  return cache;
}
