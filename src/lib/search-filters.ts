/**
 * The search index's filters: the names pages tag articles with
 * (`data-pagefind-filter="outlet:tass"`) and the search page reads back from
 * its address (`/search/?outlet=tass`). One list, so the two cannot drift.
 */
export const FILTERS = ['outlet', 'kind', 'event'] as const;

export type FilterName = (typeof FILTERS)[number];

/** The value of a `data-pagefind-filter` attribute: `outlet:tass`. */
export const pagefindFilter = (name: FilterName, value: string): string => `${name}:${value}`;
