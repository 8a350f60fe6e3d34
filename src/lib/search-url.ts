/**
 * The state of the search page, kept in its address so a search can be
 * linked and Back returns to the previous one:
 * `/search/?q=…&outlet=…&kind=…&event=…&scope=all`. Pure functions over URL objects.
 *
 * A filter value the site does not know (an outlet since renamed, a typo in a
 * shared link) is ignored rather than searched: searched, it would find
 * nothing while the filter menu, which cannot show the value, says "All
 * outlets". The page then corrects its address to what it searches.
 */
import { FILTERS, type FilterName } from './search-filters.ts';
import { SCOPE_ALL } from './search-scope.ts';

export interface SearchState extends Record<FilterName, string> {
  q: string;
  /** `all` when the reader widened the search to every edition (lib/search-scope.ts); absent otherwise. */
  scope?: string;
}

/** The values each filter can take on this site (its menus' options); a filter left out is not checked. */
export type KnownFilters = Partial<Record<FilterName, ReadonlySet<string>>>;

const isKnown = (known: KnownFilters, filter: FilterName, value: string): boolean => known[filter]?.has(value) ?? true;

/** The search an address asks for: its query, and each filter whose value is one the site knows (others are left empty). */
export function stateFromUrl(url: URL, known: KnownFilters = {}): SearchState {
  const get = (k: string) => url.searchParams.get(k) ?? '';
  const state = { q: get('q') } as SearchState;
  for (const f of FILTERS) {
    const value = get(f);
    state[f] = value && isKnown(known, f, value) ? value : '';
  }
  if (get('scope') === SCOPE_ALL) state.scope = SCOPE_ALL;
  return state;
}

/**
 * The address without the filter values the site does not know, or
 * undefined when it has none: the page replaces its address with it, so the
 * address, the menus and the results agree.
 */
export function correctedUrl(url: URL, known: KnownFilters): URL | undefined {
  const corrected = new URL(url);
  for (const f of FILTERS) {
    const value = url.searchParams.get(f);
    if (value && !isKnown(known, f, value)) corrected.searchParams.delete(f);
  }
  return corrected.href === url.href ? undefined : corrected;
}

/** The address of a search: the page's own path, the query, and the filters that are set. */
export function urlForState(base: URL, state: SearchState): URL {
  const url = new URL(base.pathname, base);
  if (state.q) url.searchParams.set('q', state.q);
  for (const f of FILTERS) if (state[f]) url.searchParams.set(f, state[f]);
  if (state.scope === SCOPE_ALL) url.searchParams.set('scope', SCOPE_ALL);
  return url;
}

/** The filters a search is narrowed by, as Pagefind takes them. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterName, string>> {
  const filters: Partial<Record<FilterName, string>> = {};
  for (const f of FILTERS) if (state[f]) filters[f] = state[f];
  return filters;
}

/** Whether any filter narrows the search. */
export const isFiltered = (state: SearchState): boolean => FILTERS.some((f) => state[f]);
