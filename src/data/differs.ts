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
import { spillMemo } from './spill.ts';
import { defaultEditions, editionRefs } from '../lib/search-scope.ts';

// The comparison and its grid are kept together, so a copy read back holds one comparison, not two.
const cache = spillMemo('differs', async (id) => {
  const [comparison, alignment] = await Promise.all([loadComparison(id), loadAlignment()]);
  return { comparison, differs: whatDiffers(comparison, alignment) };
});

/** An edition's comparison and What differs, computed once per build (spill.ts: only the last few used are held in memory). */
export async function loadWhatDiffers(eventId?: string): Promise<{ comparison: Comparison; differs: WhatDiffers }> {
  return cache.get(eventId ?? (await loadCorpus()).mainEvent.id);
}

/**
 * The editions whose What differs rows each have their own page and share card: the current editions, the newest up
 * to FIRST_SEARCH_ARTICLES articles (the ones a search reads by default and the service worker keeps offline). At
 * 1,000 articles every edition's rows made 4,480 pages (246 MB) and as many 50 ms PNG cards (210 s of a 310 s Astro
 * step), growing with the archive. When an edition is no longer current, its row addresses stay, as short pages that
 * send the reader on to the row on the edition's page; its grid links each row there.
 */
export async function rowPageEvents(): Promise<Set<string>> {
  const { editions } = await loadCorpus();
  return new Set(defaultEditions(editionRefs(editions)).map((e) => e.id));
}
