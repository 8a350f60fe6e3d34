/** How often each outlet cites each curated source. */
import { compileMarkers } from './markers.ts';
import { countCells } from './blocks.ts';
import type { ColumnInput, SourceInput, SourceRow } from './types.ts';

export function sourceRows(sources: readonly SourceInput[], columns: readonly ColumnInput[]): SourceRow[] {
  const match = compileMarkers(sources.map((s) => ({ key: s.id, markers: s.patterns, except: s.except })));
  return sources.map((s) => ({ id: s.id, label: s.label, cells: countCells(columns, match, s.id) }));
}
