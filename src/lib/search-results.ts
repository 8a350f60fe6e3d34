/**
 * Pagefind's answer made into results: whether a page holds the query's
 * phrases word for word, which of its paragraphs carry the query (best
 * first), and each paragraph's excerpt with the matches marked. Pure
 * functions over plain data: the search session calls them in the browser,
 * the unit tests call them directly.
 */
import type { Segment } from './comparison/index.ts';
import { compileMatcher } from './patterns.ts';
import type { Query } from './search-query.ts';

const phraseMatcher = (phrase: string) => compileMatcher([{ key: 'p', patterns: [phrase.replace(/\*$/, '')] }], { anyCase: true });

/** Whether every phrase of the query stands in the text word for word (whole words, any case, any quote marks). */
export function hasPhrases(text: string, query: Query): boolean {
  return query.phrases.every((p) => phraseMatcher(p)(text).length > 0);
}

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

const PARAGRAPH_ELEMENTS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** The matcher that marks a query in text: its phrases exactly, its words with any ending. */
export function queryMatcher(query: Query) {
  return compileMatcher(
    [
      ...query.phrases.map((p, i) => ({ key: `p${i}`, patterns: [p.replace(/\*$/, '')] })),
      ...query.words.map((w, i) => ({ key: `w${i}`, patterns: [/[\p{L}\p{N}]$/u.test(w) ? `${w}*` : w] })),
    ],
    { anyCase: true },
  );
}

/**
 * The paragraphs of a page that carry the query, best first: those holding
 * every phrase and every word, then (for loose words only) those holding
 * most of them; each paragraph once, in page order within a rank. Where the
 * text holds no match (Pagefind matched a different form of a word), the
 * paragraphs at Pagefind's match locations are used, when the word there is
 * a form of a query word (`content`, the page's words that the locations
 * count, says which): an index that lacks a word matches a shorter part of it
 * instead ("Xi" for "Xinhua"), which is not a match.
 */
export function matchingParagraphs(anchors: readonly Anchor[], locations: readonly number[], query: Query, content?: string): Anchor[] {
  const paragraphs = anchors.filter((a) => a.id && PARAGRAPH_ELEMENTS.has(a.element)).sort((a, b) => a.location - b.location);
  const match = queryMatcher(query);
  const wanted = query.phrases.length + query.words.length;
  const scored = paragraphs.map((a) => ({ a, found: new Set(match(a.text).map((m) => m.key)) }));
  const complete = scored.filter((s) => s.found.size === wanted).map((s) => s.a);
  if (complete.length > 0 || query.phrases.length > 0) return complete;
  const best = Math.max(0, ...scored.map((s) => s.found.size));
  if (best > 0) return scored.filter((s) => s.found.size === best).map((s) => s.a);
  const hits = new Set<Anchor>();
  const words = content?.split(/\s+/);
  for (const location of words ? locations.filter((l) => query.words.some((w) => sameWord(words[l] ?? '', w))) : locations) {
    let owner: Anchor | undefined;
    for (const a of paragraphs) {
      if (a.location <= location) owner = a;
      else break;
    }
    if (owner) hits.add(owner);
  }
  return paragraphs.filter((a) => hits.has(a));
}

/** Whether a word of the text is a form of a query word: they share all but a short ending, in at least 3 letters (or the whole of a shorter query word). */
export function sameWord(found: string, wanted: string): boolean {
  const a = found.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const b = wanted.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  // The query word begun (typing "Taiw" finds "Taiwan"), or the word with a short ending ("leader" for "leaders").
  if (common === b.length) return common >= Math.min(3, b.length);
  if (common === a.length) return a.length >= Math.min(3, b.length) && b.length - a.length <= 3;
  return common >= Math.max(3, Math.min(a.length, b.length) - 2);
}

/**
 * A paragraph's text cut to about `radius` words either side of its first
 * match, with every match marked. Text stays text: the page renders marks as
 * elements, never as HTML.
 */
export function excerpt(text: string, query: Query, radius = 24): Segment[] {
  const matches = queryMatcher(query)(text);
  const words = [...text.matchAll(/\S+/g)];
  let start = 0;
  let end = text.length;
  if (words.length > radius * 2 + 1) {
    const first = matches[0]?.start ?? 0;
    const at = Math.max(
      0,
      words.findIndex((w) => w.index + w[0].length > first),
    );
    const from = Math.max(0, at - radius);
    const to = Math.min(words.length - 1, at + radius);
    start = words[from]!.index;
    end = words[to]!.index + words[to]![0].length;
  }
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  let at = start;
  for (const m of matches) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, Math.min(m.end, end)), mark: true });
    at = Math.min(m.end, end);
  }
  if (at < end) out.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) out.push({ text: ' …', mark: false });
  return out;
}
