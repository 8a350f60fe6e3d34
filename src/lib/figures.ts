/**
 * Finds the figures an article states (money, percentages, volumes, counts,
 * durations) and files each under what it measures, using the measure whose
 * marker stands nearest to it in the same sentence.
 */
import { firstLongest } from './overlaps.ts';
import { compileMatcher, sentenceSpans } from './patterns.ts';

export type FigureKind = 'money' | 'percentage' | 'volume' | 'count' | 'duration';

export interface Figure {
  /** The figure as printed, qualifier included: "more than $220 billion". */
  text: string;
  kind: FigureKind;
  /** The number in plain units (billions expanded): 220000000000. */
  value: number;
  /** Currency or unit: "$", "€ per 100 kWh", "%", "bcm", "students", "days". */
  unit: string;
  /** "more than", "over", "up to"… when printed. */
  qualifier: string | null;
  /** Years named in the same sentence, which date the figure ("2025"). */
  years: string[];
  /** The sentence it stands in. */
  sentence: string;
  start: number;
  end: number;
}

const QUALIFIER =
  '(?:(?<qualifier>more than|less than|over|under|almost|nearly|about|around|approximately|roughly|up to|at least|exceeding|some)\\s+)?';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
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
  { kind: 'count', source: `${QUALIFIER}(?<number>\\d{1,3}(?:,\\d{3})+|\\d{4,})(?:\\s(?<adj>[A-Z][a-z]+))?\\s(?<unit>[a-z]+s)\\b` },
];
const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, thousand: 1e3 };
const YEAR = /\b(19|20)\d{2}\b/g;

/** Every figure in a text, in order, overlapping candidates resolved to the first and longest. */
export function extractFigures(text: string): Figure[] {
  const found: Figure[] = [];
  for (const { kind, source } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(source, 'g'))) {
      const g = m.groups ?? {};
      const number = Number((g['number'] ?? '').replace(/,/g, ''));
      if (kind === 'count' && /^(19|20)\d{2}$/.test(g['number'] ?? '')) continue; // a year, not a count
      const scale = g['scale'] ? (SCALES[g['scale'].toLowerCase()] ?? 1) : 1;
      let unit: string;
      if (kind === 'money') unit = `${(g['currency'] ?? '').trim()}${g['per'] ? ` ${g['per'].trim()}` : ''}`;
      else if (kind === 'percentage') unit = '%';
      else if (kind === 'count') unit = `${g['adj'] ? `${g['adj']} ` : ''}${g['unit'] ?? ''}`;
      else unit = (g['unit'] ?? '').replace(/s$/, kind === 'duration' ? '' : 's').replace(/^(day|week|month|hour)$/, '$1s');
      found.push({
        text: m[0],
        kind,
        value: number * scale,
        unit,
        qualifier: g['qualifier'] ?? null,
        years: [],
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
