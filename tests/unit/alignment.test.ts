/**
 * The sentence aligner (src/lib/align/) on the real articles, scored against
 * the hand-made gold set, and its rules on sentences written for the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles, readStatements } from '../../src/build/alignment-input.ts';
import { align, readEvent, conflict, type AlignArticle, type Alignment } from '../../src/lib/align/align.ts';
import { splitSentences } from '../../src/lib/align/sentences.ts';
import { checkAlignment } from '../../src/schemas/alignment.ts';
import { readGold, score, type GoldPair, type Scores } from '../helpers/gold.ts';
import { contentDir } from '../helpers/site.ts';

const articles = readArticles(contentDir);
const statements = readStatements(contentDir);
const gold = readGold();
let alone: Alignment;
let shipped: Alignment;

beforeAll(() => {
  alone = align(articles, statements, { curated: false });
  shipped = align(articles, statements);
}, 120_000);

const line = (name: string, s: Scores) =>
  `${name}: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)} (${s.found} of ${s.positives} positives found; ` +
  `${s.violated} of ${s.negatives} negatives violated: ${Object.entries(s.byKind)
    .map(([k, [v, n]]) => `${k} ${v}/${n}`)
    .join(', ')})`;

/**
 * Held-out check: the thresholds were chosen on these outlet pairs only (again when the gold set grew to 37
 * positives and 56 negatives: pair score 0.15, group average 0.06, the middle of the ranges that scored best
 * on them); the others were not looked at while tuning.
 */
const TUNED = new Set(['rt–tass', 'pivot-to-asia–rt', 'devdiscourse–pivot-to-asia', 'kyiv-independent–tass']);
const tuned = (p: GoldPair) => TUNED.has([p.a.outlet, p.b.outlet].sort().join('–'));

/** Every two outlets' renderings of one curated statement, as a pair. */
function curatedPairs(): GoldPair[] {
  const pairs: GoldPair[] = [];
  for (const s of statements) {
    const outlets = Object.entries(s.renderings);
    for (let i = 0; i < outlets.length; i++)
      for (let j = i + 1; j < outlets.length; j++)
        pairs.push({ a: { outlet: outlets[i]![0], text: outlets[i]![1] }, b: { outlet: outlets[j]![0], text: outlets[j]![1] } });
  }
  return pairs;
}

describe('gold set (tests/fixtures/gold/alignment.yaml)', () => {
  it('reaches precision 0.9 and recall 0.8 with the curated statements, and precision 0.9 without them', () => {
    const own = score(alone, articles, gold);
    const all = score(shipped, articles, gold);
    const half = score(alone, articles, gold, tuned);
    const held = score(alone, articles, gold, (p) => !tuned(p));
    const allHeld = score(shipped, articles, gold, (p) => !tuned(p));
    console.log(
      [
        line('aligner alone', own),
        line('  tuned half', half),
        line('  held-out half', held),
        line('with curated statements (/data/alignment.json)', all),
        line('  held-out half', allHeld),
      ].join('\n'),
    );
    // Enough judged pairs for the figures to mean something.
    expect(gold.positives.length).toBeGreaterThanOrEqual(30);
    expect(gold.negatives.length).toBeGreaterThanOrEqual(20);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
    expect(own.precision).toBeGreaterThanOrEqual(0.9);
    expect(own.recall).toBeGreaterThanOrEqual(0.6);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(allHeld.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds most curated pairings by itself', () => {
    const s = score(alone, articles, { positives: curatedPairs(), negatives: [] });
    console.log(`curated pairings found by the aligner alone: ${s.found} of ${s.positives}`);
    expect(s.found / s.positives).toBeGreaterThan(0.5);
  });
});

describe('the alignment', () => {
  it('validates against its schema, with verbatim sentences, one group per sentence, and no group across events', () => {
    const problems = checkAlignment(shipped, {
      articles: new Map(
        articles.map((a) => [a.article, { outlet: a.outlet, event: a.event, paragraphs: new Map(a.blocks.map((b) => [b.id, b.text])) }]),
      ),
    });
    expect(problems).toEqual([]);
    for (const e of shipped.events)
      for (const g of e.groups)
        for (const m of g.members) {
          const block = articles.find((a) => a.article === m.article)!.blocks.find((b) => b.id === m.paragraph)!;
          expect(splitSentences(block.text).map((s) => s.text)).toContain(m.text);
        }
  });

  it('aligns only events that two outlets cover (the Kyiv Independent reports another call, alone)', () => {
    expect(shipped.events.map((e) => e.event)).toEqual(['putin-xi-call-2026-02-04']);
  });

  it('keeps every curated pairing in one group, labelled with the statement', () => {
    const s = score(shipped, articles, { positives: curatedPairs(), negatives: [] });
    expect(s.missed).toEqual([]);
    for (const statement of statements) {
      if (Object.keys(statement.renderings).length < 2) continue;
      expect(
        shipped.events[0]!.groups.some((g) => g.label?.includes(statement.label)),
        statement.id,
      ).toBe(true);
    }
  });

  it('gives the same groups whatever order the articles come in', () => {
    const reversed = align([...articles].reverse(), statements);
    expect(reversed).toEqual(shipped);
  });
});

const one = (outlet: string, ...paragraphs: string[]): AlignArticle => ({
  outlet,
  article: outlet,
  event: 'e',
  blocks: paragraphs.map((text, i) => ({ id: `p${i}`, kind: 'paragraph', text })),
});
const pair = (a: string, b: string) => {
  const { units, people } = readEvent([one('x', a), one('y', b)]);
  return conflict(units[0]!, units[1]!, people);
};

describe('rules', () => {
  it('keeps different speakers apart, including a leader named by title', () => {
    expect(pair('Ivanova said the bridge will open in May.', 'Lopez said the bridge will open in May.')).toBe('different speakers');
    const { units, people } = readEvent([
      one('x', 'Brazilian President Ana Souza met her Chilean counterpart, Pedro Lopez.', 'The Brazilian leader said the bridge will open in May.'),
      one('y', 'Souza said the bridge would open in May.', 'Lopez said the bridge would open in May.'),
    ]);
    expect(conflict(units[1]!, units[2]!, people)).toBeNull();
    expect(conflict(units[1]!, units[3]!, people)).toBe('different speakers');
  });

  it('takes "he" from the sentence before', () => {
    const { units, people } = readEvent([
      one('x', 'Lopez spoke first. He said the port will be dredged.'),
      one('y', 'Souza said the port will be dredged.'),
    ]);
    expect(units[1]!.speaker).toEqual({ kind: 'named', names: ['lopez'] });
    expect(conflict(units[1]!, units[2]!, people)).toBe('different speakers');
  });

  it('keeps figures that disagree apart, and lets figures that agree through', () => {
    expect(pair('Exports rose by 12% last year, the minister said.', 'Exports rose by 15% last year, the minister said.')).toBe('different figures');
    expect(pair('Exports reached $4 billion, the minister said.', 'The minister said exports reached US$4 billion.')).toBeNull();
  });

  it("treats an outlet's own analysis as different from reported words", () => {
    expect(pair('The bridge may prove a turning point for the region.', 'Souza said the bridge is a turning point for the region.')).toBe(
      'analysis and reported words',
    );
  });

  it('groups a weakly alike pair only when two distinctive words back it, and never a pair on names or days alone', () => {
    const articles = [
      one('x', 'Souza met Lopez on Monday.', 'The bridge tolls will be abolished next year.'),
      one('y', 'Lopez greeted Souza on Monday.', 'Next year the bridge tolls are abolished.'),
    ];
    const texts = (a: Alignment) => a.events.flatMap((e) => e.groups.map((g) => g.members.map((m) => m.text)));
    const tolls = [['The bridge tolls will be abolished next year.', 'Next year the bridge tolls are abolished.']];
    // Every pair held to two words: only the tolls pair shares two lower-case words few sentences have.
    expect(texts(align(articles, [], { threshold: 0.01, corroborateBelow: 1 }))).toEqual(tolls);
    // No pair held to two: the names-and-day pair, however alike, shares no distinctive word, and is still not grouped.
    expect(texts(align(articles, [], { threshold: 0.01, corroborateBelow: 0 }))).toEqual(tolls);
  });

  it('does not group two ledes that share only the leaders’ names, the meeting and the day', () => {
    // TASS's lede (Putin on relations "in an eternal bloom") and RT's (Putin praising "exemplary" ties) report different
    // claims; their words in common are names, titles and "Wednesday". Each may be grouped elsewhere, not together.
    const tass = 'The relationship between Russia and China is in an eternal bloom';
    const rt = 'Russian President Vladimir Putin praised his country’s “exemplary” ties';
    const together = shipped.events
      .flatMap((e) => e.groups)
      .filter((g) => g.members.some((m) => m.text.startsWith(tass)) && g.members.some((m) => m.text.startsWith(rt)));
    expect(articles.some((a) => a.blocks.some((b) => b.text.startsWith(tass)))).toBe(true);
    expect(articles.some((a) => a.blocks.some((b) => b.text.startsWith(rt)))).toBe(true);
    expect(together).toEqual([]);
  });

  it('never groups across events', () => {
    const a = { ...one('x', 'Souza said the bridge will open in May.'), event: 'e1' };
    const b = { ...one('y', 'Souza said the bridge will open in May.'), event: 'e2' };
    const c = { ...one('z', 'Souza said the bridge will open in May.'), event: 'e1' };
    const result = align([a, b, c], []);
    expect(result.events.map((e) => e.event)).toEqual(['e1']);
    expect(result.events[0]!.groups).toHaveLength(1);
    expect(result.events[0]!.groups[0]!.members.map((m) => m.outlet)).toEqual(['x', 'z']);
  });
});

describe('sentences', () => {
  it('keeps abbreviations inside sentences and splits where a copy lost its full stop', () => {
    expect(splitSentences('U.S. President Donald Trump spoke on Jan. 21. It was brief.').map((s) => s.text)).toEqual([
      'U.S. President Donald Trump spoke on Jan. 21.',
      'It was brief.',
    ]);
    expect(splitSentences('They upheld international law This stance carries weight.').map((s) => s.text)).toEqual([
      'They upheld international law',
      'This stance carries weight.',
    ]);
  });
});
