/**
 * Markers: the phrases topics, word choice and sources look for, matched on
 * word forms with wink-nlp (its English "lite web" model, already the
 * aligner's; lemmas from its part-of-speech tagger), so "visit China" finds
 * "visited China" and "Security Council" finds "security councils".
 *
 * - A marker is a phrase of its own words: each word matches one word of the
 *   text, in order, whole words only ("ties" never matches "entities").
 * - Case is ignored, except for a word written all in capitals (an acronym:
 *   UN, US, AI), which matches only in capitals, and for a marker written
 *   `{ words: "…", exact: true }`, which matches only as written: this case,
 *   this form ("partnership", not "partnerships").
 * - A word ending in `*` matches any word it begins ("multipolar*" finds
 *   multipolarity), for derivations a lemma does not join.
 * - `except` phrases exclude a context: a match inside an `except` match is
 *   dropped ("Russian Security Council" keeps "Security Council" from
 *   counting a national body as the UN's).
 * - Quote marks, apostrophes and dashes are folded (fold.ts); hyphenated words
 *   are read as their parts, so "Ukraine" is found in "Ukraine-related".
 * - Markers in scripts written without spaces (Chinese, Japanese…) match as
 *   before, inside a run of text (patterns.ts).
 *
 * Where matches overlap, the one that starts first wins, and of two starting
 * together the longer (overlaps.ts).
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fold } from '../fold.ts';
import { firstLongest } from '../overlaps.ts';
import { compileMatcher, UNSPACED, type Match } from '../patterns.ts';

/** A marker as an editor writes it: a phrase, or a phrase with its case kept. */
export type Marker = string | { words: string; exact?: boolean | undefined };

export interface MarkerEntry {
  key: string;
  markers: readonly Marker[];
  /** Contexts that are not the thing: a match inside one of these is dropped. */
  except?: readonly Marker[] | undefined;
}

interface Token {
  start: number;
  end: number;
  /** As printed, quote marks and dashes folded. */
  text: string;
  lower: string;
  lemma: string;
}

interface MarkerWord {
  text: string;
  lower: string;
  lemma: string;
  exact: boolean;
  prefix: boolean;
}

let nlp: WinkMethods | undefined;
const engine = (): WinkMethods => (nlp ??= winkNLP(model, ['pos']));

/** Lemma, lower case, British -ise spellings folded to -ize (as the aligner does). */
const normal = (lemma: string) =>
  lemma
    .toLowerCase()
    .replace(/^(.{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2');

/**
 * Tokens by text, so a paragraph read for one marker list is not read again for the next. One edition's comparison
 * reads each of its paragraphs many times, other editions' rarely: 10,000 texts hold an edition of 100 outlets several
 * times over. At 50,000 (before) the cache grew to about 270 MB of the build's heap at 10,000 articles before it was
 * emptied, some 5 KB a paragraph.
 */
const CACHED_TEXTS = 10_000;
const cache = new Map<string, Token[]>();

/** The text's words with their offsets (in the original text) and lemmas; hyphenated words split into their parts. */
function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const folded = fold(text);
  const doc = engine().readDoc(folded);
  const its = engine().its;
  const values = doc.tokens().out() as string[];
  // The lemmatiser's declared type takes the model's add-ons, which wink-nlp passes itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((raw, i) => {
    const value = fold(raw);
    const start = folded.indexOf(value, at);
    if (start < 0) return;
    at = start + value.length;
    const lemma = normal(fold(lemmas[i] ?? value));
    // "Ukraine-related", "UN-centered": the parts are words of their own; the whole keeps its lemma.
    const parts = value.length > 1 && /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(value) ? [...value.matchAll(/[^-]+|-/g)] : null;
    if (!parts) {
      tokens.push({ start, end: start + value.length, text: value, lower: value.toLowerCase(), lemma });
      return;
    }
    for (const p of parts)
      tokens.push({ start: start + p.index, end: start + p.index + p[0].length, text: p[0], lower: p[0].toLowerCase(), lemma: normal(p[0]) });
  });
  if (cache.size >= CACHED_TEXTS) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

const markerText = (m: Marker) => (typeof m === 'string' ? m : m.words);
const isAcronym = (word: string) => /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** A marker as the words it matches, read as a phrase (so its words take their class from one another). */
function markerWords(marker: Marker): MarkerWord[] {
  const exactCase = typeof marker !== 'string' && marker.exact === true;
  const phrase = fold(markerText(marker)).trim();
  // A word ending in * is a prefix: its star is left out of the reading, its place kept.
  const starred = [...phrase.matchAll(/\S+/g)].filter((w) => w[0].length > 1 && w[0].endsWith('*')).map((w) => w.index + w[0].length - 1);
  const words = tokenize(phrase.replace(/(\S)\*(?=\s|$)/g, '$1 ')).map((t) => ({
    text: t.text,
    lower: t.lower,
    lemma: t.lemma,
    exact: exactCase || isAcronym(t.text),
    prefix: starred.includes(t.end),
    end: t.end,
  }));
  return words.map(({ end: _end, ...w }) => w);
}

function wordMatches(w: MarkerWord, t: Token): boolean {
  if (w.prefix) return w.exact ? t.text.startsWith(w.text) : t.lower.startsWith(w.lower);
  if (w.exact) return t.text === w.text;
  // The same word in another form: "visited" for "visit", "councils" for "council".
  return t.lower === w.lower || t.lemma === w.lemma || t.lemma === w.lower || t.lower === w.lemma;
}

type Find = (text: string) => { start: number; end: number }[];

/** Where a list of markers matches a text. */
function finder(markers: readonly Marker[]): Find {
  const unspaced = markers.filter((m) => UNSPACED.test(markerText(m)));
  const spaced = markers
    .filter((m) => !UNSPACED.test(markerText(m)))
    .map(markerWords)
    .filter((w) => w.length > 0);
  const regex = unspaced.length ? compileMatcher([{ key: 'x', patterns: unspaced.map(markerText) }]) : undefined;
  return (text) => {
    const found: { start: number; end: number }[] = regex ? regex(text) : [];
    if (spaced.length === 0) return found;
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      for (const words of spaced) {
        if (i + words.length > tokens.length) continue;
        if (words.every((w, j) => wordMatches(w, tokens[i + j]!))) found.push({ start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end });
      }
    }
    return found;
  };
}

/**
 * One matcher for many entries: every match of every entry's markers, less
 * those inside one of its `except` contexts, overlaps counted once.
 */
export function compileMarkers(entries: readonly MarkerEntry[]): (text: string) => Match[] {
  const compiled = entries.map((e) => ({ key: e.key, find: finder(e.markers), except: e.except?.length ? finder(e.except) : undefined }));
  return (text) => {
    const found: Match[] = [];
    for (const { key, find, except } of compiled) {
      const excluded = except ? except(text) : [];
      for (const m of find(text)) {
        if (excluded.some((x) => x.start <= m.start && m.end <= x.end)) continue;
        found.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), key });
      }
    }
    return firstLongest(found);
  };
}
