/**
 * The sentence aligner: for every event with articles from two or more
 * outlets, groups the sentences that report the same statement by the same
 * speaker, or the same specific fact, however each outlet worded it.
 *
 * Per event (never across events):
 * 1. Each article's standfirst, paragraphs and list items are split into
 *    sentences (sentences.ts) and read with wink-nlp (features.ts).
 * 2. Two sentences of different outlets are scored by the cosine of their
 *    content lemmas, each weighted by its inverse frequency among the
 *    event's sentences (a word every sentence has, "Putin", weighs little;
 *    "exemplary" weighs much).
 * 3. A pair can never be grouped when the speakers differ (Putin and Xi, the
 *    Russian leader and a Russian aide), when both state figures of one kind
 *    and none agree ($200 billion and $230 billion; first and fifth), or when
 *    one sentence is the outlet's own analysis and the other reports someone's
 *    words, unless they state the same figure.
 * 4. Pairs at or above the threshold are merged into groups, best first.
 *    Every pair must share a distinctive word, and a pair only somewhat
 *    alike two, so names, days and the words every sentence of the
 *    coverage has never make a pair on their own (two ledes, "Putin said
 *    at an online meeting with Xi on Wednesday" and "Putin praised ties
 *    during a video conference with Xi on Wednesday", score high on the
 *    names and the day alone, and report different claims); a
 *    merge that would put two sentences that can never be grouped together in
 *    one group is refused, and so is one that would join two groups whose
 *    pairs are, on average, not alike.
 * 5. Curated statements (content/comparison/statements.yaml) are seeds: the
 *    sentences holding one statement's renderings form one group, with the
 *    statement's label, whatever the scores say; the aligner may add
 *    sentences to it. Two statements sharing a sentence become one group.
 *
 * Deterministic: articles, sentences and pairs are taken in a fixed order,
 * ties broken by position, so the same content gives the same groups.
 *
 * Cost: reading is linear in the text. Scoring is not all pairs: each
 * sentence is compared only with the sentences that share one of its
 * `BLOCKING_TERMS` rarest content lemmas, and each of those lemmas brings at
 * most `POSTINGS` sentences, so an event costs at most
 * sentences × BLOCKING_TERMS × POSTINGS pair scores, linear in the number of
 * outlets covering it. An event with more than `MAX_OUTLETS` outlets aligns
 * its first `MAX_OUTLETS` (by outlet id), and an article contributes at most
 * `MAX_SENTENCES` sentences; the sentences beyond either bound are in no
 * group (`npm run bench:align` prints both bounds).
 */
import { slug } from 'github-slugger';
import { leadingWords } from '../blocks.ts';
import { fold } from '../patterns.ts';
import { People, readSentence, sameSpeaker, type FigureValue, type ReadSentence, type Speaker } from './features.ts';
import { SENTENCE_BLOCKS, splitSentences } from './sentences.ts';

/** Pairs scoring at least this (cosine of idf-weighted content lemmas) are grouped… */
const THRESHOLD = 0.15;
/** …if they share a distinctive word (`distinct` below), and below this only if they share two: weak overlap needs corroboration. */
const CORROBORATE_BELOW = 0.25;
/**
 * A distinctive word: written in lower case in both sentences (not a name, a
 * place or a sentence's first word) and in at most this share of the event's
 * sentences (at least DISTINCT_FLOOR): "adjustment", "sovereignty",
 * "regardless"; not "cooperation" or "country", which most sentences of a
 * call's coverage have.
 */
const DISTINCT_SHARE = 0.06;
const DISTINCT_FLOOR = 3;
/** Two groups merge only if their cross-outlet pairs average at least this. */
const GROUP_AVERAGE = 0.06;
const BLOCKING_TERMS = 8;
/** Pairs scoring less are not kept (they count as 0 in a group's average): memory stays in proportion to the pairs that matter. */
const MIN_SCORE = 0.05;
/** A merge compares at most this many members of each group. */
const SAMPLE = 12;
const POSTINGS = 64;
export const MAX_OUTLETS = 200;
export const MAX_SENTENCES = 400;

interface AlignBlock {
  id: string;
  kind: string;
  text: string;
}
export interface AlignArticle {
  outlet: string;
  article: string;
  event: string;
  blocks: readonly AlignBlock[];
}
export interface AlignStatement {
  id: string;
  label: string;
  event: string;
  renderings: Readonly<Record<string, string>>;
}
interface AlignmentMember {
  outlet: string;
  article: string;
  paragraph: string;
  text: string;
}
interface AlignmentGroup {
  id: string;
  label: string | null;
  members: AlignmentMember[];
}
interface AlignmentEvent {
  event: string;
  groups: AlignmentGroup[];
}
export interface Alignment {
  version: 1;
  events: AlignmentEvent[];
}

export interface AlignOptions {
  threshold?: number;
  groupAverage?: number;
  /** Whether curated statements seed groups (true); false measures the aligner alone. */
  curated?: boolean;
  corroborateBelow?: number;
  distinctShare?: number;
}

/** One sentence of an event, read. */
export interface Unit extends ReadSentence {
  index: number;
  outlet: string;
  article: string;
  paragraph: string;
  text: string;
  /** Offset in its block's text. */
  start: number;
  end: number;
  blockText: string;
  speaker: Speaker;
  /** Ids of the unit's distinct terms (interned per event), ascending, and each one's weight. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
  /** Ids of its distinctive words (see DISTINCT_SHARE), ascending. */
  distinct: Int32Array;
}

/** Reads an event's articles into units, with speakers resolved and term weights. */
export function readEvent(articles: readonly AlignArticle[], distinctShare = DISTINCT_SHARE): { units: Unit[]; people: People } {
  const units: Unit[] = [];
  for (const a of articles) {
    let taken = 0;
    for (const block of a.blocks) {
      if (!SENTENCE_BLOCKS.has(block.kind)) continue;
      for (const s of splitSentences(block.text)) {
        if (taken++ >= MAX_SENTENCES) break;
        units.push({
          ...readSentence(s.text),
          index: units.length,
          outlet: a.outlet,
          article: a.article,
          paragraph: block.id,
          text: s.text,
          start: s.start,
          end: s.end,
          blockText: block.text,
          speaker: { kind: 'unknown' },
          ids: new Int32Array(0),
          weights: new Float64Array(0),
          norm: 0,
          distinct: new Int32Array(0),
        });
      }
    }
  }
  const people = new People(units);
  let previous: Speaker | null = null;
  let article = '';
  for (const u of units) {
    if (u.article !== article) [previous, article] = [null, u.article];
    u.speaker = people.resolve(u.subject, previous);
    const actor: Speaker = u.speaker.kind === 'named' || u.speaker.kind === 'role' ? u.speaker : people.resolve(u.actor, previous);
    if (actor.kind === 'named' || actor.kind === 'role') previous = actor;
  }
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const u of units) {
    for (const t of new Set(u.terms)) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = units.length;
  for (const u of units) {
    u.ids = Int32Array.from(new Set(u.terms).values(), (t) => ids.get(t)!).sort();
    u.weights = Float64Array.from(u.ids, (id) => Math.log(1 + n / df[id]!));
    u.norm = Math.sqrt(u.weights.reduce((sum, w) => sum + w * w, 0));
  }
  const cut = Math.max(DISTINCT_FLOOR, distinctShare * n);
  for (const u of units) {
    const lower = new Set(u.lowercase.flatMap((l) => l.split(/[-–—/]/)));
    u.distinct = Int32Array.from(new Set(u.terms.filter((t) => lower.has(t) && df[ids.get(t)!]! <= cut)), (t) => ids.get(t)!).sort();
  }
  return { units, people };
}

/** Cosine of two units' idf-weighted lemma sets (a merge of their sorted term ids). */
function similarity(a: Unit, b: Unit): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    if (a.ids[i]! < b.ids[j]!) i++;
    else if (a.ids[i]! > b.ids[j]!) j++;
    else {
      dot += a.weights[i]! * a.weights[i]!;
      i++;
      j++;
    }
  }
  return dot / (a.norm * b.norm);
}

/** How many ids two ascending lists share. */
function common(x: Int32Array, y: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

const agree = (x: FigureValue, y: FigureValue) =>
  x.kind === y.kind && Math.abs(x.value - y.value) <= 0.02 * Math.max(Math.abs(x.value), Math.abs(y.value));

/** Figures: 'agree' when one figure is the same, 'conflict' when both state a kind of figure and none agrees, else 'none'. */
function figureRelation(a: Unit, b: Unit): 'agree' | 'conflict' | 'none' {
  if (a.figures.some((x) => b.figures.some((y) => agree(x, y)))) return 'agree';
  return b.figures.some((f) => a.figures.some((g) => g.kind === f.kind)) ? 'conflict' : 'none';
}

/** Why two units can never be in one group, or null. */
export function conflict(a: Unit, b: Unit, people: People): string | null {
  const figures = figureRelation(a, b);
  if (figures === 'conflict') return 'different figures';
  if (a.voice !== b.voice && figures !== 'agree') return 'analysis and reported words';
  if (a.voice === 'reported' && b.voice === 'reported' && !sameSpeaker(a.speaker, b.speaker, people)) return 'different speakers';
  // Two sentences of the outlets' own words are alike on one word by chance: a shared fact takes two, or a figure.
  if (a.voice === 'own' && b.voice === 'own' && figures !== 'agree' && common(a.ids, b.ids) < 2) return 'too little in common';
  return null;
}

/** The sentences holding a statement's rendering in its outlet's article. */
function renderingUnits(units: readonly Unit[], outlet: string, rendering: string): Unit[] {
  const needle = fold(rendering).replace(/\s+/g, ' ').trim().toLowerCase();
  const byBlock = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.outlet !== outlet) continue;
    const key = `${u.article}\n${u.paragraph}`;
    byBlock.set(key, [...(byBlock.get(key) ?? []), u]);
  }
  for (const list of byBlock.values()) {
    const text = fold(list[0]!.blockText).toLowerCase();
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const end = at + needle.length;
    return list.filter((u) => u.start < end && u.end > at);
  }
  return [];
}

class Groups {
  readonly parent: number[];
  readonly members: Map<number, number[]>;
  readonly labels = new Map<number, string[]>();
  readonly seeds = new Map<number, string[]>();
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): number {
    const [x, y] = [this.find(a), this.find(b)].sort((p, q) => p - q) as [number, number];
    if (x === y) return x;
    this.parent[y] = x;
    this.members.set(
      x,
      [...this.members.get(x)!, ...this.members.get(y)!].sort((p, q) => p - q),
    );
    this.members.delete(y);
    const labels = [...(this.labels.get(x) ?? []), ...(this.labels.get(y) ?? [])];
    if (labels.length) this.labels.set(x, labels);
    const seeds = [...(this.seeds.get(x) ?? []), ...(this.seeds.get(y) ?? [])];
    if (seeds.length) this.seeds.set(x, seeds);
    return x;
  }
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

/** Scored candidate pairs of an event: different outlets, sharing one of their rarest lemmas. */
function candidatePairs(units: readonly Unit[]): Edge[] {
  const postings: number[][] = [];
  for (const u of units) for (const id of u.ids) (postings[id] ??= []).push(u.index);
  const edges: Edge[] = [];
  // seen[j] === u.index + 1 once the pair (u, j) is scored: a stamp per unit instead of a set of pairs.
  const seen = new Int32Array(units.length);
  for (const u of units) {
    const rare = Array.from(u.ids.keys())
      .sort((x, y) => u.weights[y]! - u.weights[x]! || u.ids[x]! - u.ids[y]!)
      .slice(0, BLOCKING_TERMS);
    for (const r of rare) {
      const list = postings[u.ids[r]!]!;
      for (let k = 0; k < list.length && k < POSTINGS; k++) {
        const j = list[k]!;
        if (j <= u.index) continue;
        const v = units[j]!;
        if (v.outlet === u.outlet) continue;
        if (seen[j] === u.index + 1) continue;
        seen[j] = u.index + 1;
        const score = similarity(u, v);
        if (score >= MIN_SCORE) edges.push({ a: u.index, b: j, score });
      }
    }
  }
  return edges;
}

/** Aligns one event's articles (one per outlet). */
function alignEvent(
  event: string,
  articles: readonly AlignArticle[],
  statements: readonly AlignStatement[],
  options: AlignOptions = {},
): AlignmentGroup[] {
  const threshold = options.threshold ?? THRESHOLD;
  const average = options.groupAverage ?? GROUP_AVERAGE;
  const corroborateBelow = options.corroborateBelow ?? CORROBORATE_BELOW;
  const { units, people } = readEvent(articles, options.distinctShare);
  const groups = new Groups(units.length);

  // Curated statements first: they always hold.
  if (options.curated ?? true) {
    for (const s of statements) {
      if (s.event !== event) continue;
      const held = Object.entries(s.renderings)
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .flatMap(([outlet, text]) => renderingUnits(units, outlet, text));
      if (new Set(held.map((u) => u.outlet)).size < 2) continue;
      let root = groups.find(held[0]!.index);
      for (const u of held.slice(1)) root = groups.union(root, u.index);
      root = groups.find(root);
      if (!(groups.seeds.get(root) ?? []).includes(s.id)) {
        groups.seeds.set(root, [...(groups.seeds.get(root) ?? []), s.id]);
        groups.labels.set(root, [...(groups.labels.get(root) ?? []), s.label]);
      }
    }
  }

  const scores = new Map<number, number>();
  const n = units.length;
  const edges = candidatePairs(units);
  for (const e of edges) scores.set(e.a * n + e.b, e.score);
  const score = (a: number, b: number) => scores.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0;
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const e of edges) {
    if (e.score < threshold) break;
    if (common(units[e.a]!.distinct, units[e.b]!.distinct) < (e.score < corroborateBelow ? 2 : 1)) continue;
    const [ra, rb] = [groups.find(e.a), groups.find(e.b)];
    if (ra === rb) continue;
    // A large group is checked through its first SAMPLE members (its core, in document order), so a merge costs at most SAMPLE² checks.
    const [ma, mb] = [groups.members.get(ra)!.slice(0, SAMPLE), groups.members.get(rb)!.slice(0, SAMPLE)];
    let blocked = false;
    let sum = 0;
    let pairs = 0;
    for (const i of ma) {
      for (const j of mb) {
        const [u, v] = [units[i]!, units[j]!];
        if (conflict(u, v, people)) {
          blocked = true;
          break;
        }
        if (u.outlet !== v.outlet) {
          sum += score(i, j);
          pairs++;
        }
      }
      if (blocked) break;
    }
    if (blocked || (pairs > 0 && sum / pairs < average)) continue;
    groups.union(ra, rb);
  }

  const out: { first: number; group: AlignmentGroup; seeds: string[] }[] = [];
  // A member is its article, paragraph and words: a sentence a paragraph prints twice is one member, in one group only.
  const placed = new Set<string>();
  for (const [root, members] of groups.members) {
    const list = members
      .map((i) => units[i]!)
      .filter((u) => {
        const key = `${u.article}\n${u.paragraph}\n${u.text}`;
        if (placed.has(key)) return false;
        placed.add(key);
        return true;
      });
    if (new Set(list.map((u) => u.outlet)).size < 2) continue;
    const labels = groups.labels.get(root) ?? [];
    out.push({
      first: members[0]!,
      seeds: groups.seeds.get(root) ?? [],
      group: {
        id: '',
        label: labels.length ? labels.join('; ') : null,
        members: list.map((u) => ({ outlet: u.outlet, article: u.article, paragraph: u.paragraph, text: u.text })),
      },
    });
  }
  out.sort((x, y) => x.first - y.first);
  const used = new Set<string>();
  for (const g of out) {
    const first = units[g.first]!;
    const base =
      g.seeds[0] ??
      (slug(`${first.outlet} ${leadingWords(first.text, 6)}`)
        .slice(0, 60)
        .replace(/-+$/, '') ||
        'group');
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    g.group.id = id;
  }
  return out.map((g) => g.group);
}

/** Aligns every event that two or more outlets cover. Articles are taken in outlet, then article id order. */
export function align(articles: readonly AlignArticle[], statements: readonly AlignStatement[], options: AlignOptions = {}): Alignment {
  const byEvent = new Map<string, AlignArticle[]>();
  for (const a of articles) {
    const list = byEvent.get(a.event);
    if (list) list.push(a);
    else byEvent.set(a.event, [a]);
  }
  const events: AlignmentEvent[] = [];
  for (const event of [...byEvent.keys()].sort()) {
    const list = byEvent.get(event)!.sort((x, y) => (x.outlet < y.outlet ? -1 : x.outlet > y.outlet ? 1 : x.article < y.article ? -1 : 1));
    const outlets = [...new Set(list.map((a) => a.outlet))];
    if (outlets.length < 2) continue;
    const kept = new Set(outlets.slice(0, MAX_OUTLETS));
    events.push({
      event,
      groups: alignEvent(
        event,
        list.filter((a) => kept.has(a.outlet)),
        statements,
        options,
      ),
    });
  }
  return { version: 1, events };
}
