/**
 * What a reader typed, made into a Pagefind query, and Pagefind's answer
 * made into paragraphs. Pure functions: the search page calls them in the
 * browser, the unit tests call them directly.
 *
 * A query in quote marks of any kind (" " “ ” „ « » ″) is an exact phrase,
 * and a quotation shortened with an ellipsis (… or ..., bracketed or not) is
 * its parts, each exact; straight and curly apostrophes are the same letter.
 * Control characters are dropped, and a query longer than MAX_QUERY_LENGTH is
 * cut (the page says so).
 */
import type { Segment } from './comparison/index.ts';
import { MAX_QUERY_LENGTH } from './consts.ts';
import { FILTERS } from './search-filters.ts';
import { compileMatcher, fold, UNSPACED } from './patterns.ts';

export { MAX_QUERY_LENGTH };

export interface Query {
  /** Phrases that must appear word for word. */
  phrases: string[];
  /** Loose words outside quotes. */
  words: string[];
  /**
   * What Pagefind is asked: phrases of plain words as phrases, and the words
   * of other phrases and the loose words, as Pagefind tokenises them. Every
   * phrase is then checked word for word against each page's text here,
   * because Pagefind's own phrase search misses phrases with symbols or
   * hyphens ("$200 billion", "full-scale war").
   */
  pagefind: string;
  /** The query as the page shows it back (after cleaning and cutting). */
  shown: string;
  /** The phrases and words as typed (curly apostrophes and all), for the page to show; phrases and words are folded for matching. */
  typed: { phrases: string[]; words: string[] };
  truncated: boolean;
  empty: boolean;
}

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E\uFF02]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g;
const ELLIPSIS = /\s*(?:\u2026|\.\s?\.\s?\.|\[\s*(?:\u2026|\.\.\.)\s*\])\s*/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Around a loose word, only sentence punctuation goes: "7%", "$200" and "US$" keep their symbols.
const WORD_EDGES = /^[\s"'()[\]{},.;:!?¡¿…]+|[\s"'()[\]{},.;:!?¡¿…]+$/gu;

export function parseQuery(raw: string): Query {
  let text = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const truncated = text.length > MAX_QUERY_LENGTH;
  if (truncated) text = text.slice(0, MAX_QUERY_LENGTH).trim();
  const folded = fold(text).replace(DOUBLE_QUOTES, '"');
  const phrases: string[] = [];
  const outside = folded.replace(/"([^"]*)"/g, (_, inner: string) => {
    // A quotation shortened with an ellipsis ("Every season … relations") is its parts, each exact.
    for (const part of inner.split(ELLIPSIS)) {
      const phrase = part.replace(/\s+/g, ' ').trim();
      if (phrase.replace(EDGE_PUNCTUATION, '')) phrases.push(phrase);
    }
    return ' ';
  });
  const words = outside
    .replace(/"/g, ' ')
    .split(' ')
    .map((w) => w.replace(WORD_EDGES, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  // The longest run of plain words in the phrases goes to Pagefind as a phrase, so it returns only the pages
  // holding it (it matches word positions in its index: no page text is fetched for the others). Pagefind
  // takes one phrase per query (two give nothing), so everything else goes as loose words.
  const runs = phrases.flatMap((phrase, i) => plainRuns(phrase).map((run) => ({ i, run, length: run.split(' ').length })));
  const best = runs.sort((a, b) => b.length - a.length)[0];
  const rest = phrases.map((phrase, i) => (i === best?.i ? phrase.replace(best.run, ' ') : phrase));
  // Figures are asked for only when nothing else is (see indexTerms): never beside a phrase.
  const pagefind = [best ? `"${best.run.toLowerCase()}"` : '', indexTerms([...rest, ...words], { figures: !best })].filter(Boolean).join(' ');
  return {
    phrases,
    words,
    pagefind,
    shown: text,
    typed: { phrases: asTyped(phrases, folded, text), words: asTyped(words, folded, text) },
    truncated,
    empty: phrases.length === 0 && words.length === 0,
  };
}

/**
 * Each part as the reader typed it: fold() keeps every character's place,
 * so a part found in the folded query is the same stretch of the typed one.
 */
function asTyped(parts: readonly string[], folded: string, typed: string): string[] {
  let from = 0;
  return parts.map((part) => {
    const at = folded.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
    return typed.slice(at, at + part.length);
  });
}

/**
 * A phrase Pagefind's own phrase search finds exactly: two or more words of
 * letters in a spaced script, nothing else (a run of them inside a longer
 * phrase, too: the page text has them side by side). Apostrophes, hyphens,
 * figures and symbols are tokenised in ways its phrase search misses
 * ("$200 billion", "full-scale war"), so those parts are checked in the page
 * text only.
 * (Tested on every two- to eight-word run of plain words in the edition,
 * with or without the punctuation around it: 13,207 phrases, none missed.)
 */
export function isPlainPhrase(phrase: string): boolean {
  return plainRuns(phrase)[0] === phrase;
}

/**
 * The runs of two or more plain words in a phrase ("Russia's position as a
 * leading supplier" → "position as a leading supplier"). Punctuation before
 * a word starts a run there, punctuation after one ends the run with it
 * ("in trade, last year" → "in trade", "last year").
 */
export function plainRuns(phrase: string): string[] {
  const runs: string[][] = [[]];
  for (const token of phrase.split(' ')) {
    const core = token.replace(EDGE_PUNCTUATION, '');
    if (!/^\p{L}+$/u.test(core) || UNSPACED.test(core)) {
      runs.push([]);
      continue;
    }
    if (!token.startsWith(core)) runs.push([]);
    runs.at(-1)!.push(core);
    if (!token.endsWith(core)) runs.push([]);
  }
  return runs.filter((r) => r.length >= 2).map((r) => r.join(' '));
}

/**
 * Terms Pagefind matches reliably: words of letters (apostrophes kept, as in
 * Russia's; hyphenated words split). Figures ("US$200", "7%") are indexed
 * unpredictably, so they are asked for only when the query has no words,
 * as bare numbers; the exact text is checked afterwards.
 */
export function indexTerms(parts: readonly string[], { figures = true } = {}): string {
  const tokens = parts
    .flatMap((p) => p.split(/[\s\-\u2010-\u2015/]+/))
    .map((t) => t.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  // Pagefind's English index keeps a run of Chinese or Japanese text as one token, so words in those
  // scripts are never asked for: pages are read and checked in the browser instead.
  const letters = tokens.filter((t) => /^[\p{L}\p{M}']+$/u.test(t) && t.replace(/'/g, '').length > 1 && !UNSPACED.test(t));
  if (letters.length > 0) return [...new Set(letters.map((t) => t.toLowerCase()))].join(' ');
  if (!figures || tokens.some((t) => UNSPACED.test(t))) return '';
  const numbers = tokens.map((t) => t.replace(/[^\p{N}.]/gu, '').replace(/^\.+|\.+$/g, '')).filter(Boolean);
  return [...new Set(numbers)].join(' ');
}

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
function queryMatcher(query: Query) {
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
 * paragraphs at Pagefind's match locations are used.
 */
export function matchingParagraphs(anchors: readonly Anchor[], locations: readonly number[], query: Query): Anchor[] {
  const paragraphs = anchors.filter((a) => a.id && PARAGRAPH_ELEMENTS.has(a.element)).sort((a, b) => a.location - b.location);
  const match = queryMatcher(query);
  const wanted = query.phrases.length + query.words.length;
  const scored = paragraphs.map((a) => ({ a, found: new Set(match(a.text).map((m) => m.key)) }));
  const complete = scored.filter((s) => s.found.size === wanted).map((s) => s.a);
  if (complete.length > 0 || query.phrases.length > 0) return complete;
  const best = Math.max(0, ...scored.map((s) => s.found.size));
  if (best > 0) return scored.filter((s) => s.found.size === best).map((s) => s.a);
  const hits = new Set<Anchor>();
  for (const location of locations) {
    let owner: Anchor | undefined;
    for (const a of paragraphs) {
      if (a.location <= location) owner = a;
      else break;
    }
    if (owner) hits.add(owner);
  }
  return paragraphs.filter((a) => hits.has(a));
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

/** The state a search page is in, kept in its address: /search/?q=…&outlet=…&kind=…&event=… */
export interface SearchState {
  q: string;
  outlet: string;
  kind: string;
  event: string;
}

export { FILTERS };

export function stateFromUrl(url: URL): SearchState {
  const get = (k: string) => url.searchParams.get(k) ?? '';
  return { q: get('q'), outlet: get('outlet'), kind: get('kind'), event: get('event') };
}

export function urlForState(base: URL, state: SearchState): URL {
  const url = new URL(base.pathname, base);
  if (state.q) url.searchParams.set('q', state.q);
  for (const f of FILTERS) if (state[f]) url.searchParams.set(f, state[f]);
  return url;
}
