/**
 * What search shares with the rest of the site: the query-length limit, the
 * names of Pagefind's filters, and the outlet addresses results link to.
 * Kept in this one small module so that site-wide modules can take these
 * over in one place.
 */

/** The longest query searched, in characters: the search boxes' maxlength, and where a longer query from an address is cut. */
export const MAX_QUERY_LENGTH = 300;

/**
 * Pagefind's filters, by name: the article pages set them
 * (`data-pagefind-filter`), the search page reads and sets them, and they are
 * the search address's parameters (`/search/?q=…&outlet=…&kind=…&event=…`).
 */
export const SEARCH_FILTERS = ['outlet', 'kind', 'event'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The value of a `data-pagefind-filter` attribute: one filter, one value. */
export function pagefindFilter(name: SearchFilter, value: string): string {
  return `${name}:${value}`;
}

/** An outlet's page, where search results link (with `?highlight=…#paragraph-id`). */
export function outletPath(outlet: string): string {
  return `/outlets/${outlet}/`;
}
