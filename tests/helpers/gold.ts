/**
 * Pairwise evaluation of an alignment against the hand-made gold set
 * (tests/fixtures/gold/alignment.yaml): a positive is found when both of its
 * sentences are in one group; a negative is violated when they are.
 * Precision is over the judged pairs the alignment groups (found positives
 * and violated negatives), recall over all positives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { AlignArticle, Alignment } from '../../src/lib/align/align.ts';
import { SENTENCE_BLOCKS, splitSentences } from '../../src/lib/align/sentences.ts';
import { fold } from '../../src/lib/patterns.ts';
import { root } from './build.ts';

export interface GoldSide {
  outlet: string;
  text: string;
}
export interface GoldPair {
  a: GoldSide;
  b: GoldSide;
  kind?: string;
  note?: string;
}
export interface Gold {
  positives: GoldPair[];
  negatives: GoldPair[];
}

export function readGold(file = path.join(root, 'tests/fixtures/gold/alignment.yaml')): Gold {
  return parse(readFileSync(file, 'utf8')) as Gold;
}

const norm = (s: string) => fold(s).replace(/\s+/g, ' ').toLowerCase();

/**
 * The sentence of an outlet's articles that a gold text stands for: the one
 * holding it, or, where the gold text is a quoted sentence inside a longer
 * one or runs over two, the one it overlaps most. Its key is
 * "article/paragraph/offset".
 */
export function locate(articles: readonly AlignArticle[], side: GoldSide): string {
  const needle = norm(side.text);
  for (const a of articles) {
    if (a.outlet !== side.outlet) continue;
    for (const b of a.blocks) {
      if (!SENTENCE_BLOCKS.has(b.kind)) continue;
      const at = norm(b.text).indexOf(needle);
      if (at < 0) continue;
      const end = at + needle.length;
      let best: { key: string; overlap: number } | null = null;
      for (const s of splitSentences(b.text)) {
        const overlap = Math.min(end, s.end) - Math.max(at, s.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { key: `${a.article}/${b.id}/${s.start}`, overlap };
      }
      if (best) return best.key;
    }
  }
  throw new Error(`tests/fixtures/gold/alignment.yaml: ${side.outlet}: "${side.text}" is not in any ${side.outlet} article`);
}

/** Each grouped sentence's key → its group's index (events numbered apart). */
export function groupOf(alignment: Alignment, articles: readonly AlignArticle[]): Map<string, string> {
  const blocks = new Map(articles.flatMap((a) => a.blocks.map((b) => [`${a.article}/${b.id}`, b.text] as const)));
  const map = new Map<string, string>();
  for (const e of alignment.events) {
    for (const g of e.groups) {
      for (const m of g.members) {
        const text = blocks.get(`${m.article}/${m.paragraph}`) ?? '';
        map.set(`${m.article}/${m.paragraph}/${text.indexOf(m.text)}`, `${e.event}/${g.id}`);
      }
    }
  }
  return map;
}

export interface Scores {
  precision: number;
  recall: number;
  positives: number;
  found: number;
  negatives: number;
  violated: number;
  /** Violated negatives by kind, "kind": [violated, of]. */
  byKind: Record<string, [number, number]>;
  missed: GoldPair[];
  wrong: GoldPair[];
}

export function score(alignment: Alignment, articles: readonly AlignArticle[], gold: Gold, keep: (p: GoldPair) => boolean = () => true): Scores {
  const groups = groupOf(alignment, articles);
  const together = (p: GoldPair) => {
    const [x, y] = [groups.get(locate(articles, p.a)), groups.get(locate(articles, p.b))];
    return x !== undefined && x === y;
  };
  const positives = gold.positives.filter(keep);
  const negatives = gold.negatives.filter(keep);
  const missed = positives.filter((p) => !together(p));
  const wrong = negatives.filter(together);
  const found = positives.length - missed.length;
  const byKind: Record<string, [number, number]> = {};
  for (const n of negatives) {
    const k = n.kind ?? 'other';
    byKind[k] ??= [0, 0];
    byKind[k][1] += 1;
    if (wrong.includes(n)) byKind[k][0] += 1;
  }
  return {
    precision: found + wrong.length === 0 ? 1 : found / (found + wrong.length),
    recall: positives.length === 0 ? 1 : found / positives.length,
    positives: positives.length,
    found,
    negatives: negatives.length,
    violated: wrong.length,
    byKind,
    missed,
    wrong,
  };
}
