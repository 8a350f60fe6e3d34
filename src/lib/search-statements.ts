/**
 * Search that knows statements: a result whose sentence belongs to an
 * alignment group (lib/align/) shows the same statement in the other
 * outlets, in each outlet's own words, with a link to its paragraph.
 *
 * How the search page gets the groups cheaply:
 * - each article page carries one Pagefind metadata field, `statements`,
 *   naming, for each of its paragraphs that holds a grouped sentence, the
 *   group (`<paragraph>=<group> …`); it comes with the search fragment the
 *   page reads anyway, so an article with no group costs nothing more;
 * - each group is one small JSON file, `/data/statements/<event>/<group>.json`
 *   (its label and every member: outlet, verbatim sentence, paragraph link),
 *   fetched only when a result shown on screen holds one of the group's
 *   sentences, once per page view.
 *
 * Exact matching stays exact: a group's other sentences are shown as the
 * same statement, never counted or marked as matches of the query.
 *
 * Pure functions over plain data: the build writes what `statementFiles()`
 * returns, the article page prints `statementMeta()`, the search page calls
 * the rest; unit tests call them all.
 */
import { fold } from './fold.ts';
import { dataPath } from './paths.ts';
import { queryMatcher } from './search-results.ts';
import type { Query } from './search-query.ts';

/** The Pagefind metadata field that names an article's grouped paragraphs. */
export const STATEMENTS_META = 'statements';

/** Other outlets listed per statement; the rest are counted. */
const MAX_OTHERS_SHOWN = 6;

/** The alignment as the build has it (the shape of /data/alignment.json). */
interface AlignedMember {
  outlet: string;
  article: string;
  paragraph: string;
  text: string;
}
interface AlignedEvent {
  event: string;
  groups: readonly { id: string; label: string | null; members: readonly AlignedMember[] }[];
}

/** One member of a group as the search page reads it: the sentence and the link to its paragraph. */
interface StatementMember {
  outlet: string;
  text: string;
  href: string;
}

/** One group's file. */
export interface StatementGroup {
  label: string | null;
  members: StatementMember[];
}

/** `/data/statements/<event>/<group>.json` */
export const statementPath = (event: string, group: string): string => dataPath(`statements/${event}/${group}.json`);

/**
 * Every group's file, with each member's paragraph link (`href(article,
 * paragraph)`, from the corpus: the article's page and the paragraph's id).
 */
export function statementFiles(
  events: readonly AlignedEvent[],
  href: (article: string, paragraph: string) => string,
): { event: string; group: string; body: StatementGroup }[] {
  return events.flatMap((e) =>
    e.groups.map((g) => ({
      event: e.event,
      group: g.id,
      body: { label: g.label, members: g.members.map((m) => ({ outlet: m.outlet, text: m.text, href: href(m.article, m.paragraph) })) },
    })),
  );
}

/** Each alignment's metadata by article, built once (every article page asks for its own). */
const metaByArticle = new WeakMap<readonly AlignedEvent[], Map<string, string>>();

/**
 * The `statements` metadata of one article: `<paragraph>=<group>` for each
 * grouped paragraph and group, space-separated, in the order of the groups;
 * undefined when none of its sentences is grouped. Paragraph and group ids
 * are slugs, so neither holds a space, `=` or the comma Pagefind splits
 * metadata on.
 */
export function statementMeta(events: readonly AlignedEvent[], article: string): string | undefined {
  let byArticle = metaByArticle.get(events);
  if (!byArticle) {
    const pairs = new Map<string, Set<string>>();
    for (const e of events)
      for (const g of e.groups)
        for (const m of g.members) {
          const set = pairs.get(m.article) ?? new Set<string>();
          pairs.set(m.article, set.add(`${m.paragraph}=${g.id}`));
        }
    byArticle = new Map([...pairs].map(([a, set]) => [a, [...set].join(' ')]));
    metaByArticle.set(events, byArticle);
  }
  return byArticle.get(article);
}

/** Reads `statementMeta()` back: each paragraph's groups. Anything malformed is skipped. */
export function parseStatementMeta(value: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of (value ?? '').split(/\s+/)) {
    const [paragraph, group, extra] = pair.split('=');
    if (!paragraph || !group || extra !== undefined) continue;
    out.set(paragraph, [...(out.get(paragraph) ?? []), group]);
  }
  return out;
}

/** How another outlet's sentence stands to the result's: the same words (quote marks, dashes and case aside), or other words. */
type Wording = 'same words' | 'worded differently';

export interface SameStatement {
  label: string | null;
  /** The result's own sentence in the group. */
  sentence: string;
  /** Each other outlet's sentences, in the group's order (outlet, then article). */
  others: (StatementMember & { wording: Wording })[];
  /** Other outlets in the group beyond those listed. */
  more: number;
}

const same = (a: string, b: string) => fold(a).toLowerCase().replace(/\s+/g, ' ').trim() === fold(b).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The statements a search result shows under one paragraph (of the page at
 * `hit.page`, the path members' links use): of the groups
 * its metadata names, those whose sentence in this paragraph holds a match
 * of the query (the sentence the result is about), each with the other
 * outlets' sentences. A group whose file did not load is left out; an outlet
 * the group has twice (two sentences) is listed with both, and at most
 * `maxOthers` outlets are listed.
 */
export function sameStatements(
  hit: { page: string; outlet: string; paragraph: string; text: string },
  groups: readonly (StatementGroup | undefined)[],
  query: Query,
  maxOthers = MAX_OTHERS_SHOWN,
): SameStatement[] {
  const matches = queryMatcher(query)(hit.text);
  const out: SameStatement[] = [];
  for (const group of groups) {
    if (!group) continue;
    // The result's own sentences: members linking to this paragraph of this page.
    const own = group.members.filter((m) => m.href === `${hit.page}#${hit.paragraph}`);
    const sentence = own.find((m) => {
      // The sentence's place in the paragraph (members are verbatim sentences of it).
      const start = hit.text.indexOf(m.text);
      return start >= 0 && matches.some((x) => x.start < start + m.text.length && x.end > start);
    });
    if (!sentence) continue;
    const others = group.members.filter((m) => m.outlet !== hit.outlet);
    const outlets = [...new Set(others.map((m) => m.outlet))];
    const shown = new Set(outlets.slice(0, maxOthers));
    out.push({
      label: group.label,
      sentence: sentence.text,
      others: others
        .filter((m) => shown.has(m.outlet))
        .map((m) => ({ ...m, wording: same(m.text, sentence.text) ? 'same words' : 'worded differently' })),
      more: outlets.length - shown.size,
    });
  }
  return out.filter((s) => s.others.length > 0 || s.more > 0);
}

/** The heading over another outlet's words for a result's statement. */
export const SAME_STATEMENT = 'Same statement in other outlets';

/** What is said for the outlets of a statement beyond those listed. */
export const otherOutlets = (rest: number): string => `and ${rest} more outlet${rest === 1 ? '' : 's'}`;
