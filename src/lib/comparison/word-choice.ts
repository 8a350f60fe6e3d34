/** How often each outlet uses each wording of a group ("full-scale war", "conflict"…), overlaps counted once for the longer. */
import { compileMarkers } from './markers.ts';
import { countCells } from './blocks.ts';
import type { ColumnInput, WordChoiceInput, WordChoiceRow } from './types.ts';

export function wordChoiceRows(groups: readonly WordChoiceInput[], columns: readonly ColumnInput[]): WordChoiceRow[] {
  return groups.map((g) => {
    const match = compileMarkers(g.variants.map((v, i) => ({ key: String(i), markers: v.patterns, except: v.except })));
    return {
      id: g.id,
      label: g.label,
      description: g.description,
      variants: g.variants.map((v, i) => ({ label: v.label, cells: countCells(columns, match, String(i)) })),
    };
  });
}
