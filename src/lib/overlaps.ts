/**
 * Where found spans overlap, the one that starts first wins, and of two
 * starting together the longer: so "full-scale war" counts once, not also as
 * "war", and "$200 billion" is one figure, not also "200". The one rule for
 * phrase matches (patterns.ts) and figures (figures.ts).
 */
export function firstLongest<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}
