/** The table heads: one column per outlet, with its article's facts and length. */
import { articleLength } from '../blocks.ts';
import type { Column, ColumnInput } from './types.ts';

export function columnHeads(columns: readonly ColumnInput[], eventId: string): Column[] {
  return columns.map((c) => ({
    id: c.outletId,
    name: c.outletName,
    kind: c.outletKind,
    country: c.outletCountry,
    articleId: c.articleId,
    headline: c.headline,
    // A headline taken from the URL or the capture's metadata is not the page's printed wording either.
    headlineSupplied: c.headlineSupplied || c.headlineSource !== null,
    headlineSource: c.headlineSource,
    published: c.published?.iso ?? null,
    eventId: c.eventId,
    eventTitle: c.eventTitle,
    eventDate: c.eventDate,
    otherEvent: c.eventId !== eventId,
    ...articleLength(c.blocks),
    href: c.href,
  }));
}
