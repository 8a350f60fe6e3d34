/** How often each outlet cites each curated source. */
import { compileMatcher } from '../patterns.ts';
import { countCells } from './blocks.ts';
import type { ColumnInput, SourceInput, SourceRow } from './types.ts';

export function sourceRows(sources: readonly SourceInput[], columns: readonly ColumnInput[]): SourceRow[] {
  const match = compileMatcher(sources.map((s) => ({ key: s.id, patterns: s.patterns })));
  return sources.map((s) => ({ id: s.id, label: s.label, cells: countCells(columns, match, s.id) }));
}
