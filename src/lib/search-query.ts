/**
 * What a reader typed, made into a Pagefind query. Pure functions: the search
 * page calls them in the browser, the unit tests call them directly.
 *
 * A query in quote marks of any kind (" " “ ” „ « » ″) is an exact phrase,
 * and a quotation shortened with an ellipsis (… or ..., bracketed or not) is
 * its parts, each exact; straight and curly apostrophes are the same letter.
 * Invisible characters (zero-width spaces and joiners, bidirectional
 * controls) are dropped, so they cannot split a word; other control
 * characters count as spaces; a query longer than MAX_QUERY_LENGTH is cut
 * (the page says so).
 */
import { fold, UNSPACED } from './patterns.ts';
import { MAX_QUERY_LENGTH } from './consts.ts';

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
/**
 * Characters that take no room: zero-width space, non-joiner and joiner,
 * word joiner, byte-order mark, soft hyphen, and the bidirectional marks,
 * embeddings, overrides and isolates. Pasted from a web page they sit inside
 * words ("spr\u200Bing"), so they are dropped, not read as spaces.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// Other control characters, and line and paragraph separators, separate words.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u2061-\u2064]/g;
const ELLIPSIS = /\s*(?:\u2026|\.\s?\.\s?\.|\[\s*(?:\u2026|\.\.\.)\s*\])\s*/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Around a loose word, only sentence punctuation goes: "7%", "$200" and "US$" keep their symbols.
const WORD_EDGES = /^[\s"'()[\]{},.;:!?¡¿…]+|[\s"'()[\]{},.;:!?¡¿…]+$/gu;

/** The query with invisible characters dropped, control characters and runs of white space made one space, and the ends trimmed. */
export function cleanQuery(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

export function parseQuery(raw: string): Query {
  let text = cleanQuery(raw);
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
