/**
 * Finds the figures an article states (money, percentages, volumes, counts,
 * durations) and files each under what it measures, using the measure whose
 * marker stands nearest to it in the same sentence.
 */
import { firstLongest } from './overlaps.ts';
import { compileMatcher, sentenceSpans } from './patterns.ts';

export type FigureKind = 'money' | 'percentage' | 'volume' | 'count' | 'duration' | 'ratio';

/** What a qualifier makes of a figure: a lower bound ("more than", "exceeded"), an upper bound ("up to"), an approximation ("about"). */
export type FigureBound = 'floor' | 'ceiling' | 'approximate';

export interface Figure {
  /** The figure as printed, qualifier included: "more than $220 billion". */
  text: string;
  kind: FigureKind;
  /** The number in plain units (billions expanded): 220000000000. */
  value: number;
  /** Currency or unit: "$", "€ per 100 kWh", "%", "bcm", "students", "days". */
  unit: string;
  /** "more than", "over", "up to", "exceeded"… when printed. */
  qualifier: string | null;
  /** What the qualifier makes of the figure; null for a plain figure. */
  bound: FigureBound | null;
  /** Years named in the same sentence ("2025"). */
  years: string[];
  /**
   * The words that say what period the figure covers, as printed: "annually",
   * "for a third consecutive year", "By 2025", "since the start of the Ukraine
   * conflict"; taken from the figure's clause, a time phrase opening its
   * sentence, or one closing the sentence right after the figure's clause.
   * Empty when the text does not say.
   */
  period: string[];
  /** The sentence it stands in. */
  sentence: string;
  start: number;
  end: number;
}

/** Qualifiers and what each makes of the figure after it. Verbs count: "exceeded $200 billion" is a floor, as "more than" is. */
const BOUNDS: [string, FigureBound][] = [
  ['more than|greater than|over|above|at least|no less than|not less than|in excess of|upwards of|just over|well over|well above', 'floor'],
  ['(?:consistently\\s+)?(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|top(?:ped|s|ping)?|passed|crossed)(?:\\s+the)?', 'floor'],
  ['less than|fewer than|under|below|up to|at most|no more than|not more than|just under|a maximum of', 'ceiling'],
  ['almost|nearly|about|around|approximately|roughly|some|close to|an estimated|estimated|circa', 'approximate'],
];
const QUALIFIER = `(?:\\b(?<qualifier>${BOUNDS.map(([q]) => q).join('|')})\\s+)?`;
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** Numbers written as words, for durations ("an hour and a half", "a one-year extension") and ratios ("three times lower"). */
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORD_NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const SCALE = '(?:\\s?(?<scale>trillion|billion|million|thousand|bn|mn|tn))?';
const PATTERNS: { kind: FigureKind; source: string }[] = [
  {
    kind: 'money',
    source: `${QUALIFIER}(?<currency>US\\$|\\$|€|£|¥|RMB\\s?|USD\\s?|EUR\\s?)(?<number>${NUMBER})${SCALE}(?<per>\\s+per\\s+\\d+\\s?[A-Za-z]+)?`,
  },
  { kind: 'percentage', source: `${QUALIFIER}(?<number>${NUMBER})\\s?(?<unit>%|percent\\b|per cent\\b)` },
  {
    kind: 'volume',
    source: `${QUALIFIER}(?<number>${NUMBER})${SCALE}\\s?(?<unit>bcm|billion cubic met(?:re|er)s|cubic met(?:re|er)s|tonnes|tons|barrels|kWh|MWh|GWh|MW|GW)\\b`,
  },
  { kind: 'duration', source: `${QUALIFIER}(?<number>${NUMBER})\\s(?<unit>days?|weeks?|months?|hours?)\\b` },
  // "almost an hour and a half", "two and a half days"
  {
    kind: 'duration',
    source: `${QUALIFIER}\\b(?<word>an?|${WORD_NUMBER})\\s(?<unit>days?|weeks?|months?|hours?)\\s(?<half>and a half)\\b`,
  },
  // "a voluntary one-year extension": a length written as an adjective, in lower case ("Five-Year Plan" is a name).
  { kind: 'duration', source: `${QUALIFIER}\\b(?<word>${WORD_NUMBER}|\\d+)-(?<unit>year|month|week|day|hour)\\b` },
  {
    kind: 'ratio',
    source: `${QUALIFIER}\\b(?<word>${WORD_NUMBER}|\\d+(?:\\.\\d+)?)\\s(?<unit>times)\\s(?:higher|lower|more|less|greater|larger|smaller|cheaper|bigger|faster|slower)\\b`,
  },
  { kind: 'count', source: `${QUALIFIER}(?<number>\\d{1,3}(?:,\\d{3})+|\\d{4,})(?:\\s(?<adj>[A-Z][a-z]+))?\\s(?<unit>[a-z]+s)\\b` },
];
const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, thousand: 1e3 };
const YEAR = /\b(19|20)\d{2}\b/g;

function boundOf(qualifier: string | null): FigureBound | null {
  if (!qualifier) return null;
  const q = qualifier.toLowerCase().replace(/\s+/g, ' ');
  return BOUNDS.find(([source]) => new RegExp(`^(?:${source})$`).test(q))?.[1] ?? null;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';
const DATE = `(?:${MONTH}\\s+\\d{1,2},\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+${MONTH}\\s+(?:19|20)\\d{2}|${MONTH}\\s+(?:19|20)\\d{2}|${MONTH}|(?:19|20)\\d{2})`;
const SPAN = `(?:(?:early|late|mid-?|the end of|the start of|the first half of|the second half of)\\s*)?${DATE}(?:,?\\s+(?:to|until|through|and)\\s+${DATE})?`;
/** A time phrase opening a sentence dates every figure in it: "In 2025,", "By 2025,", "From Sept. 15, 2025, to Sept. 14, 2026,". */
const OPENING = new RegExp(`^\\s*(?:In|By|From|Since|Until|As of|During|Through)\\s+${SPAN}(?=,)`);
/** A clause that is only a time phrase, closing the sentence: ", reciprocally until Sept. 14, 2026." */
const CLOSING = new RegExp(`^\\s*(?:\\p{L}+ly\\s+)?(?:until|till|through|since|by|in|from)\\s+${SPAN}[.!?]?\\s*$`, 'u');
/** Time phrases within the figure's own clause. */
const IN_CLAUSE = [
  new RegExp(`\\b(?:in|by|since|until|till|through|during|as of|from)\\s+${SPAN}`, 'g'),
  /\bsince\s+(?!(?:19|20)\d{2}\b)[^,;.]+/g,
  /\bfor\s+(?:a|an|the)?\s*(?:\w+\s+)?consecutive\s+(?:years?|months?|quarters?)\b/g,
  /\b(?:annually|yearly|monthly|daily|a year|per year|each year|every year|per annum|a month|per month|a day|per day|currently|at present|to date|so far)\b/g,
];

/** The clauses of a sentence: split at commas and semicolons followed by a space, and before "while". */
function clauses(sentence: string): [number, number][] {
  const cuts = [0, ...[...sentence.matchAll(/[,;]\s|\swhile\s/g)].map((m) => m.index + m[0].length), sentence.length];
  const out: [number, number][] = [];
  for (let i = 0; i < cuts.length - 1; i++) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

/** What period a figure at `at` of a sentence covers, as printed. A date's own commas ("Sept. 15, 2025") do not end its clause. */
function periodOf(sentence: string, at: number, end: number): string[] {
  const found: { start: number; text: string }[] = [];
  const add = (start: number, text: string) => {
    const t = text.trim().replace(/[,.;]$/, '');
    if (!found.some((f) => start < f.start + f.text.length && f.start < start + t.length)) found.push({ start, text: t });
  };
  const opening = OPENING.exec(sentence);
  if (opening) add(opening.index, opening[0]);
  const parts = clauses(sentence);
  // The figure's clause, joined to its neighbours where a date's commas cut it.
  let i = parts.findIndex(([a, b]) => at >= a && at < b);
  if (i < 0) return found.map((f) => f.text);
  const a = parts[i]![0];
  let b = parts[i]![1];
  while (
    i + 1 < parts.length &&
    /\b(?:\d{1,2}|(?:19|20)\d{2})$/.test(sentence.slice(a, b).replace(/[,;]\s$/, '')) &&
    /^(?:19|20)\d{2}\b/.test(sentence.slice(parts[i + 1]![0]))
  ) {
    b = parts[++i]![1];
  }
  b = Math.max(b, end);
  const clause = sentence.slice(a, b);
  for (const re of IN_CLAUSE) for (const m of clause.matchAll(re)) add(a + m.index, m[0]);
  // A closing time phrase after the figure's clause ("…for up to 30 days, reciprocally until Sept. 14, 2026.").
  const rest = sentence.slice(b);
  if (CLOSING.test(rest)) add(b, rest);
  return found.sort((x, y) => x.start - y.start).map((f) => f.text);
}

/** Every figure in a text, in order, overlapping candidates resolved to the first and longest. */
export function extractFigures(text: string): Figure[] {
  const found: Figure[] = [];
  for (const { kind, source } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(source, 'g'))) {
      const g = m.groups ?? {};
      const word = g['word']?.toLowerCase();
      let number = word !== undefined ? (WORD_NUMBERS[word] ?? Number(word)) : Number((g['number'] ?? '').replace(/,/g, ''));
      if (g['half']) number += 0.5;
      if (kind === 'count' && /^(19|20)\d{2}$/.test(g['number'] ?? '')) continue; // a year, not a count
      const scale = g['scale'] ? (SCALES[g['scale'].toLowerCase()] ?? 1) : 1;
      let unit: string;
      if (kind === 'money') unit = `${(g['currency'] ?? '').trim()}${g['per'] ? ` ${g['per'].trim()}` : ''}`;
      else if (kind === 'percentage') unit = '%';
      else if (kind === 'count') unit = `${g['adj'] ? `${g['adj']} ` : ''}${g['unit'] ?? ''}`;
      else if (kind === 'ratio') unit = '×';
      else unit = (g['unit'] ?? '').replace(/s$/, '').replace(/^(day|week|month|hour|year)$/, '$1s');
      const qualifier = g['qualifier'] ?? null;
      found.push({
        text: m[0],
        kind,
        value: number * scale,
        unit,
        qualifier,
        bound: boundOf(qualifier),
        years: [],
        period: [],
        sentence: '',
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  const kept = firstLongest(found);
  const spans = sentenceSpans(text);
  for (const f of kept) {
    const [s, e] = spans.find(([a, b]) => f.start >= a && f.start < b) ?? [0, text.length];
    f.sentence = text.slice(s, e);
    f.years = [...new Set(f.sentence.match(YEAR) ?? [])].filter((y) => !f.text.includes(y));
    f.period = periodOf(f.sentence, f.start - s, f.end - s);
  }
  return kept;
}

export interface Measure {
  id: string;
  markers: readonly string[];
}

/** The clause of a sentence a figure stands in: split at commas, semicolons and "while". */
function clauseAround(sentence: string, at: number): string {
  const cuts = [0, ...[...sentence.matchAll(/[,;]\s|\swhile\s/g)].map((m) => m.index + m[0].length), sentence.length];
  for (let i = 0; i < cuts.length - 1; i++) if (at >= cuts[i]! && at < cuts[i + 1]!) return sentence.slice(cuts[i], cuts[i + 1]);
  return sentence;
}

/**
 * Files a figure under a measure: the first measure, in the order given,
 * with a marker in the figure's clause (so order measures from the most
 * specific, "agricultural trade", to the most general, "trade"); failing
 * that, the measure whose marker stands nearest in its sentence; else null.
 * The matchers are compiled once, for all the figures of a corpus.
 */
export function measureFinder(measures: readonly Measure[]): (figure: Figure, text: string) => string | null {
  const each = measures.map((m) => ({ id: m.id, match: compileMatcher([{ key: m.id, patterns: m.markers }]) }));
  const all = compileMatcher(measures.map((m) => ({ key: m.id, patterns: m.markers })));
  return (figure, text) => {
    const at = figure.start - Math.max(0, text.indexOf(figure.sentence));
    const clause = clauseAround(figure.sentence, at);
    for (const m of each) if (m.match(clause).length > 0) return m.id;
    const end = at + figure.text.length;
    let best: { key: string; distance: number } | null = null;
    for (const hit of all(figure.sentence)) {
      const distance = hit.end <= at ? at - hit.end : hit.start >= end ? hit.start - end : 0;
      if (!best || distance < best.distance) best = { key: hit.key, distance };
    }
    return best?.key ?? null;
  };
}
