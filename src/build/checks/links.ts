/**
 * Every internal link, stylesheet, script, image and form action resolves to
 * a page or file of the built site, and every `#anchor` to an element with
 * that id on its page. Site-wide, so it runs after every page was read; only
 * each page's ids and references are kept, so memory stays flat.
 */
import type { CheerioAPI } from 'cheerio';
import type { Problem } from './types.ts';

/** A reference from a page: a link's href, an asset's src, a form's action. */
export interface Outgoing {
  route: string;
  ref: string;
}

/** Everything a page points at, each once. */
export function outgoingRefs($: CheerioAPI): string[] {
  // The elements' own attributes, not a Cheerio wrapper around each: at 10,000 articles the wrappers were most of the checks' time.
  const values = (selector: string, attr: string) =>
    $(selector)
      .toArray()
      .map((el) => (el as { attribs: Record<string, string> }).attribs[attr]!);
  return [
    ...new Set([
      ...values('a[href]', 'href'),
      ...values('link[href]', 'href'),
      ...values('script[src], img[src], source[src]', 'src'),
      ...values('form[action]', 'action'),
    ]),
  ];
}

/**
 * The references that lead nowhere. `ids` maps each page's route to its ids;
 * `fileExists` answers for paths that are not pages (assets, data files).
 */
export async function brokenLinks(
  outgoing: Iterable<Outgoing>,
  ids: ReadonlyMap<string, { has(id: string): boolean }>,
  site: string,
  fileExists: (sitePath: string) => Promise<boolean>,
): Promise<Problem[]> {
  const origin = new URL(site).origin;
  const problems: Problem[] = [];
  const existing = new Map<string, boolean>();
  for (const { route, ref } of outgoing) {
    if (/^(mailto:|tel:|data:|javascript:)/i.test(ref)) continue;
    const url = new URL(ref, new URL(route, origin));
    if (url.origin !== origin) continue;
    if (url.pathname.startsWith('/pagefind/')) continue;
    const targetIds = ids.get(url.pathname) ?? ids.get(`${url.pathname}/`);
    if (!targetIds) {
      let found = existing.get(url.pathname);
      if (found === undefined) existing.set(url.pathname, (found = await fileExists(url.pathname)));
      if (!found) problems.push({ route, problem: `links to ${url.pathname}, which does not exist` });
      continue;
    }
    // A text directive (#id:~:text=…) points inside the element named before it.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
    if (fragment && !targetIds.has(fragment))
      problems.push({ route, problem: `links to ${url.pathname}#${fragment}, which has no element with that id` });
  }
  return problems;
}
