/**
 * Phrase matching for figures and search. (Topics, word choice and sources
 * match on word forms: lib/comparison/markers.ts, which falls back to this for
 * scripts written without spaces.)
 *
 * A pattern matches whole words, case-insensitively, with spaces matching any
 * run of white space; a trailing `*` matches any ending (`visa*` → visas,
 * visa-free). A pattern with two or more capitals (UN, APEC, U.S.) is matched
 * exactly, so "UN" does not match "un". Curly and straight quote marks and all
 * dashes match each other. Matching runs on `fold(text)`, which keeps every
 * character's position, so a match's offsets index the original text.
 */

import { fold } from './fold.ts';
import { firstLongest } from './overlaps.ts';

export { fold };

export interface Match {
  start: number;
  end: number;
  /** The matched text as it stands in the input. */
  text: string;
  /** Which entry's pattern matched. */
  key: string;
}

const WORD = '[\\p{L}\\p{N}]';
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai…):
 * a pattern there matches inside a run of text, and words are counted with
 * Intl.Segmenter (blocks.ts).
 */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternSource(pattern: string): string {
  const folded = fold(pattern.trim());
  const open = folded.endsWith('*');
  const body = escape(open ? folded.slice(0, -1) : folded).replace(/\s+/g, '\\s+');
  const first = [...folded][0] ?? '';
  const last = [...(open ? folded.slice(0, -1) : folded)].at(-1) ?? '';
  // A word's edge: no letter or digit beside it, except one of an unspaced script ("UN和" has an edge).
  const unspaced = UNSPACED.source;
  const start = new RegExp(`^${WORD}`, 'u').test(first) && !UNSPACED.test(first) ? `(?:(?<!${WORD})|(?<=${unspaced}))` : '';
  // "Any ending" means nothing where words are not spaced: the run goes on with other words.
  const end = UNSPACED.test(last) ? '' : open ? `[\\p{L}\\p{N}'-]*` : new RegExp(`${WORD}$`, 'u').test(last) ? `(?:(?!${WORD})|(?=${unspaced}))` : '';
  return `${start}${body}${end}`;
}

export const isExact = (pattern: string) => (pattern.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

export type Matcher = (text: string) => Match[];

/**
 * One matcher for many entries. Where matches overlap, the one that starts
 * first wins, and of two starting together the longer: so "full-scale war"
 * is counted once, not also as "war". `anyCase` ignores case for every
 * pattern (for what readers type, where capitals mean nothing).
 */
export function compileMatcher(entries: readonly { key: string; patterns: readonly string[] }[], options: { anyCase?: boolean } = {}): Matcher {
  const flat = entries.flatMap((e) => e.patterns.map((p) => ({ key: e.key, pattern: p })));
  const exact = (p: string) => !options.anyCase && isExact(p);
  if (flat.length === 0) return () => [];
  const build = (group: typeof flat, flags: string) => {
    if (group.length === 0) return undefined;
    const sorted = [...group].sort((a, b) => b.pattern.length - a.pattern.length);
    return { regex: new RegExp(sorted.map((g, i) => `(?<k${i}>${patternSource(g.pattern)})`).join('|'), flags), keys: sorted.map((g) => g.key) };
  };
  const compiled = [
    build(
      flat.filter((f) => exact(f.pattern)),
      'gu',
    ),
    build(
      flat.filter((f) => !exact(f.pattern)),
      'giu',
    ),
  ].filter((c) => c !== undefined);
  return (text: string) => {
    const folded = fold(text);
    const found: Match[] = [];
    for (const { regex, keys } of compiled) {
      for (const m of folded.matchAll(regex)) {
        const index = Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined);
        const start = m.index;
        const end = start + m[0].length;
        found.push({ start, end, text: text.slice(start, end), key: keys[index] ?? '' });
      }
    }
    return firstLongest(found);
  };
}

const ABBREVIATIONS = '(?<!\\b(?:U\\.S|U\\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|MD|No|vs|[A-Z])\\.)';
// Chinese and Japanese end a sentence with a full-width mark and no space after it.
const SENTENCE_END = new RegExp(
  `${ABBREVIATIONS}(?<=[.!?]["')\\u201D\\u2019]?)\\s+(?=["'(\\u201C\\u2018]?[\\p{Lu}\\p{N}])|(?<=[\\u3002\\uFF01\\uFF1F][\\u300D\\u300F\\u201D\\u2019\\uFF09]?)(?=\\S)`,
  'gu',
);

/** Sentence spans of a paragraph, as [start, end) offsets. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans.filter(([a, b]) => b > a);
}
