/**
 * The address of a pair read in the browser, for events past the prerender
 * bound (pairs.ts): `/events/<event>/read/?a=<outlet>&b=<outlet>`, the same
 * query the picker's GET form sends, so a copied link reopens the pair.
 */

/** The pair a query string names, or undefined when it names none, an unknown outlet, or one outlet twice. */
export function pairFromSearch(search: string, outlets: readonly string[]): [string, string] | undefined {
  const params = new URLSearchParams(search);
  const a = params.get('a');
  const b = params.get('b');
  if (!a || !b || a === b || !outlets.includes(a) || !outlets.includes(b)) return undefined;
  return [a, b];
}

/** The query string for a pair: `?a=<outlet>&b=<outlet>`. */
export const pairSearch = (a: string, b: string): string => `?${new URLSearchParams({ a, b }).toString()}`;
