/**
 * Search that knows statements: a result whose sentence belongs to an
 * alignment group (lib/align/) shows the same statement in the other
 * outlets, in each outlet's own words, with a link to its paragraph.
 *
 * How the search page gets the groups cheaply:
 * - each article page carries one Pagefind metadata field, `statements`,
 *   naming, for each of its grouped sentences, its paragraph, its place in
 *   the paragraph's text and its group (`<paragraph>@<start>-<end>=<group> …`);
 *   it comes with the search fragment the page reads anyway, so an article
 *   with no group costs nothing more;
 * - each group is one small JSON file, `/data/statements/<event>/<group>.json`
 *   (its label, how many outlets it has, and the sentences of its first
 *   MAX_OTHERS_SHOWN + 1 outlets: outlet, verbatim sentence, paragraph link),
 *   fetched only when a result on screen has a match inside one of the
 *   group's sentences, once per page view.
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

/** The Pagefind metadata field that names an article's grouped sentences. */
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
  /** How many outlets the group has in all. */
  outlets: number;
  /** The sentences of its first outlets (in the group's order), enough to list MAX_OTHERS_SHOWN others beside any one. */
  members: StatementMember[];
}

/** `/data/statements/<event>/<group>.json` */
export const statementPath = (event: string, group: string): string => dataPath(`statements/${event}/${group}.json`);

/**
 * Every group's file, with each member's paragraph link (`href(article,
 * paragraph)`, from the corpus: the article's page and the paragraph's id).
 * A group of many outlets keeps the sentences of its first
 * `maxOthers + 1` outlets, so a file stays small however many outlets
 * report the statement.
 */
export function statementFiles(
  events: readonly AlignedEvent[],
  href: (article: string, paragraph: string) => string,
  maxOthers = MAX_OTHERS_SHOWN,
): { event: string; group: string; body: StatementGroup }[] {
  return events.flatMap((e) =>
    e.groups.map((g) => {
      const outlets = [...new Set(g.members.map((m) => m.outlet))];
      const kept = new Set(outlets.slice(0, maxOthers + 1));
      return {
        event: e.event,
        group: g.id,
        body: {
          label: g.label,
          outlets: outlets.length,
          members: g.members.filter((m) => kept.has(m.outlet)).map((m) => ({ outlet: m.outlet, text: m.text, href: href(m.article, m.paragraph) })),
        },
      };
    }),
  );
}

/** Each alignment's grouped sentences by article, built once (every article page asks for its own). */
const byArticle = new WeakMap<readonly AlignedEvent[], Map<string, { paragraph: string; text: string; group: string }[]>>();

/**
 * The `statements` metadata of one article: `<paragraph>@<start>-<end>=<group>`
 * for each grouped sentence (its place in the paragraph's text, in UTF-16
 * code units), space-separated; undefined when none of its sentences is
 * grouped. Paragraph and group ids are slugs, so neither holds a space, `@`,
 * `=` or the comma Pagefind splits metadata on.
 */
export function statementMeta(events: readonly AlignedEvent[], article: string, blocks: readonly { id: string; text: string }[]): string | undefined {
  let index = byArticle.get(events);
  if (!index) {
    index = new Map();
    for (const e of events)
      for (const g of e.groups)
        for (const m of g.members) {
          const list = index.get(m.article) ?? [];
          index.set(m.article, [...list, { paragraph: m.paragraph, text: m.text, group: g.id }]);
        }
    byArticle.set(events, index);
  }
  const texts = new Map(blocks.map((b) => [b.id, b.text]));
  const entries = (index.get(article) ?? []).flatMap((m) => {
    const start = texts.get(m.paragraph)?.indexOf(m.text) ?? -1;
    return start < 0 ? [] : [`${m.paragraph}@${start}-${start + m.text.length}=${m.group}`];
  });
  return entries.length ? [...new Set(entries)].join(' ') : undefined;
}

/** A grouped sentence of a paragraph, as the metadata names it. */
export interface GroupedSentence {
  start: number;
  end: number;
  group: string;
}

/** Reads `statementMeta()` back: each paragraph's grouped sentences. Anything malformed is skipped. */
export function parseStatementMeta(value: string | undefined): Map<string, GroupedSentence[]> {
  const out = new Map<string, GroupedSentence[]>();
  for (const entry of (value ?? '').split(/\s+/)) {
    const m = /^([^@=\s]+)@(\d+)-(\d+)=([^@=\s]+)$/.exec(entry);
    if (!m || Number(m[3]) <= Number(m[2])) continue;
    const paragraph = m[1]!;
    out.set(paragraph, [...(out.get(paragraph) ?? []), { start: Number(m[2]), end: Number(m[3]), group: m[4]! }]);
  }
  return out;
}

/** The grouped sentences of a paragraph that hold a match of the query: the statements a result is about. */
export function matchedSentences(sentences: readonly GroupedSentence[], text: string, query: Query): GroupedSentence[] {
  const matches = queryMatcher(query)(text);
  return sentences.filter((s) => matches.some((x) => x.start < s.end && x.end > s.start));
}

/** How another outlet's sentence stands to the result's: the same words (quote marks, dashes and case aside), or other words. */
type Wording = 'same words' | 'worded differently';

export interface SameStatement {
  label: string | null;
  /** The result's own sentence. */
  sentence: string;
  /** Each other outlet's sentences, in the group's order. */
  others: (StatementMember & { wording: Wording })[];
  /** Other outlets in the group beyond those listed. */
  more: number;
}

const plain = (text: string) => fold(text).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What a result shows under one paragraph (`text`, of outlet `outlet`): for
 * each of its grouped sentences that holds a match whose group's file
 * loaded (`groups`, by group id), the other outlets' sentences, at most
 * `maxOthers` outlets, the rest counted.
 */
export function sameStatements(
  hit: { outlet: string; text: string; sentences: readonly GroupedSentence[] },
  groups: ReadonlyMap<string, StatementGroup>,
  query: Query,
  maxOthers = MAX_OTHERS_SHOWN,
): SameStatement[] {
  const out: SameStatement[] = [];
  for (const s of matchedSentences(hit.sentences, hit.text, query)) {
    const group = groups.get(s.group);
    if (!group) continue;
    const sentence = hit.text.slice(s.start, s.end);
    const others = group.members.filter((m) => m.outlet !== hit.outlet);
    const outlets = [...new Set(others.map((m) => m.outlet))].slice(0, maxOthers);
    const shown = new Set(outlets);
    if (shown.size === 0) continue;
    out.push({
      label: group.label,
      sentence,
      others: others
        .filter((m) => shown.has(m.outlet))
        .map((m) => ({ ...m, wording: plain(m.text) === plain(sentence) ? 'same words' : 'worded differently' })),
      more: Math.max(0, group.outlets - 1 - shown.size),
    });
  }
  return out;
}

/**
 * Group files a search step fetches at most. A phrase is rarely in more than
 * a few grouped sentences, but a common word ("Putin") has a match in a
 * grouped sentence of most results: their statements are shown for the
 * first ones only, so a step costs at most this many small files.
 */
const MAX_FILES_PER_STEP = 10;

/** The files a step fetches: those wanted (in the order results show them) not yet fetched, at most `max`. */
export function nextStatementFiles(wanted: readonly string[], fetched: { has(file: string): boolean }, max = MAX_FILES_PER_STEP): string[] {
  return [...new Set(wanted)].filter((f) => !fetched.has(f)).slice(0, max);
}

/** The heading over another outlet's words for a result's statement. */
export const SAME_STATEMENT = 'Same statement in other outlets';

/** What is said for the outlets of a statement beyond those listed. */
export const otherOutlets = (rest: number): string => `and ${rest} more outlet${rest === 1 ? '' : 's'}`;
