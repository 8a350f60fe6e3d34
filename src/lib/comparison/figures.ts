/**
 * Every figure each article states, filed under the curated measure it belongs to ("Other figures" when none fits).
 * A row holds like with like: figures of one measure in different units (a dollar total, a growth rate in per cent)
 * are split into one row per kind, so a percentage never sits in a row of dollar totals.
 */
import { extractFigures, measureFinder, type Figure, type FigureBound, type FigureKind } from '../figures.ts';
import { analysed, ref } from './blocks.ts';
import type { ColumnInput, FigureGroup, FigureItem, MeasureInput } from './types.ts';

/** How a row of one kind is named when its measure has figures of several kinds. */
const KIND_NAMES: Record<string, string> = {
  money: 'amounts',
  price: 'prices',
  percentage: 'percentages',
  volume: 'volumes',
  count: 'counts',
  duration: 'durations',
  ratio: 'ratios',
};
const KIND_ORDER = Object.keys(KIND_NAMES);
/** What a qualifier makes of a figure, in the reader's words. */
const BOUND_WORDS: Record<FigureBound, string> = { floor: 'a lower bound', ceiling: 'an upper bound', approximate: 'approximate' };

/** Like with like: money per unit ("€4.23 per 100 kWh") is a price, not an amount. */
function unitClass(f: Pick<Figure, 'kind' | 'unit'>): string {
  return f.kind === 'money' && / per /.test(f.unit) ? 'price' : (f.kind satisfies FigureKind);
}

export function figureGroups(measures: readonly MeasureInput[], columns: readonly ColumnInput[], eventId: string): FigureGroup[] {
  const byMeasure = new Map<string, { label: string; items: (FigureItem & { unitClass: string })[] }>(
    measures.map((m) => [m.id, { label: m.label, items: [] }]),
  );
  const other = { label: 'Other figures', items: [] as (FigureItem & { unitClass: string })[] };
  const measureOf = measureFinder(measures);
  for (const c of columns) {
    for (const b of analysed(c.blocks)) {
      for (const f of extractFigures(b.text)) {
        const measure = measureOf(f, b.text);
        const context = [
          f.bound ? BOUND_WORDS[f.bound] : null,
          f.period.length ? `period in the text: ${f.period.map((p) => `“${p}”`).join(', ')}` : null,
          c.eventId !== eventId ? `reported at the ${c.eventTitle}` : null,
        ]
          .filter(Boolean)
          .join('; ');
        (measure ? byMeasure.get(measure)! : other).items.push({
          outlet: c.outletId,
          text: f.text,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          bound: f.bound,
          period: f.period,
          sentence: f.sentence,
          block: ref(b),
          context: context || null,
          unitClass: unitClass(f),
        });
      }
    }
  }
  const groups: FigureGroup[] = [];
  for (const [id, m] of [...byMeasure.entries(), ['other', other] as const]) {
    if (m.items.length === 0) continue;
    // One row per kind; the kind most figures have keeps the measure's own id and label.
    const classes = [...new Set(m.items.map((f) => f.unitClass))].sort(
      (a, b) =>
        m.items.filter((f) => f.unitClass === b).length - m.items.filter((f) => f.unitClass === a).length ||
        KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b),
    );
    classes.forEach((k, i) => {
      const items = m.items.filter((f) => f.unitClass === k).map(({ unitClass: _, ...f }) => f);
      groups.push(i === 0 ? { id, label: m.label, items } : { id: `${id}-${k}`, label: `${m.label}: ${KIND_NAMES[k] ?? k}`, items });
    });
  }
  return groups;
}
