/**
 * Which reader pages are prerendered. A pair is ordered: TASS/RT follows
 * TASS's article, RT/TASS follows RT's, and each page links to the other, so
 * every outlet's article can be read in its own order beside any other.
 * An event with n outlets has n × (n − 1) such pages: all are built for
 * events with at most `PRERENDER_MAX_OUTLETS` outlets (30 pages at most per
 * event, so the pages grow with the events, not with the square of a large
 * event's outlets). A larger event gets its index page only.
 */
export const PRERENDER_MAX_OUTLETS = 6;

/** The ordered pairs of outlets (ids, in the given order) whose reader pages are built: all of them, or none past the bound. */
export function prerenderedPairs(outlets: readonly string[]): [string, string][] {
  if (outlets.length > PRERENDER_MAX_OUTLETS) return [];
  return outlets.flatMap((a) => outlets.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}
