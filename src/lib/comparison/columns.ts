/** The table heads: one column per outlet, with its article's facts and length. */
import { articleLength } from '../blocks.ts';
import { outletPath } from '../paths.ts';
import type { Column, ColumnInput } from './types.ts';

export function columnHeads(columns: readonly ColumnInput[]): Column[] {
  return columns.map((c) => ({
    id: c.outletId,
    name: c.outletName,
    kind: c.outletKind,
    country: c.outletCountry,
    articleId: c.articleId,
    headline: c.headline,
    headlineSupplied: c.headlineSupplied,
    published: c.published?.iso ?? null,
    eventId: c.eventId,
    eventTitle: c.eventTitle,
    eventDate: c.eventDate,
    otherEvent: c.otherEvent,
    ...articleLength(c.blocks),
    href: outletPath(c.outletId),
  }));
}
