/**
 * "What differs" for one edition (the newest, /compare/'s, when none is
 * named): the comparison and the sentence alignment in, the grid and the notes
 * out (lib/comparison/differs.ts), computed once per build per edition for its
 * page, each row's own page and its share card.
 */
import { whatDiffers, type WhatDiffers } from '../lib/comparison/differs.ts';
import type { Comparison } from '../lib/comparison/index.ts';
import { loadAlignment } from './alignment.ts';
import { loadComparison, loadCorpus } from './content.ts';

const cache = new Map<string, Promise<{ comparison: Comparison; differs: WhatDiffers }>>();

export async function loadWhatDiffers(eventId?: string): Promise<{ comparison: Comparison; differs: WhatDiffers }> {
  const id = eventId ?? (await loadCorpus()).mainEvent.id;
  let entry = cache.get(id);
  if (!entry) {
    entry = Promise.all([loadComparison(id), loadAlignment()]).then(([comparison, alignment]) => ({
      comparison,
      differs: whatDiffers(comparison, alignment),
    }));
    cache.set(id, entry);
  }
  return entry;
}
