/** Which paragraphs of each article mention each topic, marked where the markers matched, and their share of its words. */
import { countWords } from '../blocks.ts';
import type { Match } from '../patterns.ts';
import { compileMarkers } from './markers.ts';
import { analysed, ref, segments } from './blocks.ts';
import type { ColumnInput, TopicInput, TopicRow } from './types.ts';

export function topicRows(topics: readonly TopicInput[], columns: readonly ColumnInput[]): TopicRow[] {
  // Shares are of all the text analysed, the standfirst included.
  const words = new Map(columns.map((c) => [c.outletId, analysed(c.blocks).reduce((n, b) => n + countWords(b.text), 0)]));
  // Each topic is matched on its own: "UN Charter" (world order) does not hide its "UN" from multilateral bodies.
  const matchers = topics.map((t) => compileMarkers([{ key: t.id, markers: t.markers, except: t.except }]));
  const matcher = (text: string) => matchers.flatMap((m) => m(text));
  const hits = new Map<string, Map<string, Match[]>>(); // column → block → matches
  for (const c of columns) hits.set(c.outletId, new Map(analysed(c.blocks).map((b) => [b.id, matcher(b.text)])));
  return topics.map((t) => ({
    id: t.id,
    label: t.label,
    description: t.description,
    cells: Object.fromEntries(
      columns.map((c) => {
        const inColumn = hits.get(c.outletId)!;
        const blocks = analysed(c.blocks)
          .filter((b) => inColumn.get(b.id)!.some((m) => m.key === t.id))
          .map((b) => ({
            ...ref(b),
            segments: segments(
              b.text,
              inColumn.get(b.id)!.filter((m) => m.key === t.id),
            ),
          }));
        const w = blocks.reduce((n, b) => n + countWords(b.segments.map((s) => s.text).join('')), 0);
        return [c.outletId, { blocks, words: w, share: w / (words.get(c.outletId) || 1) }];
      }),
    ),
  }));
}
