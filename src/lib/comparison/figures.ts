/** Every figure each article states, filed under the curated measure it belongs to ("Other figures" when none fits). */
import { extractFigures, measureFinder } from '../figures.ts';
import { analysed, ref } from './blocks.ts';
import type { ColumnInput, FigureGroup, MeasureInput } from './types.ts';

export function figureGroups(measures: readonly MeasureInput[], columns: readonly ColumnInput[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>(measures.map((m) => [m.id, { id: m.id, label: m.label, items: [] }]));
  const other: FigureGroup = { id: 'other', label: 'Other figures', items: [] };
  const measureOf = measureFinder(measures);
  for (const c of columns) {
    for (const b of analysed(c.blocks)) {
      for (const f of extractFigures(b.text)) {
        const measure = measureOf(f, b.text);
        const context = [f.years.length ? `refers to ${f.years.join(', ')}` : null, c.otherEvent ? `reported at the ${c.eventTitle}` : null]
          .filter(Boolean)
          .join('; ');
        (measure ? groups.get(measure)! : other).items.push({
          outlet: c.outletId,
          text: f.text,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          sentence: f.sentence,
          block: ref(b),
          context: context || null,
        });
      }
    }
  }
  return [...groups.values(), other].filter((g) => g.items.length > 0);
}
