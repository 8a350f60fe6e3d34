/**
 * The word-choice, topic, source and export findings of issue 11, on the real
 * articles: each quoted word is the outlet's own, counted as printed, and
 * each count or topic is one the text supports.
 */
import { describe, expect, it } from 'vitest';
import { buildComparison, type CountCell } from '../../src/lib/comparison/index.ts';
import { comparisonCsv, comparisonJson } from '../../src/lib/export.ts';
import { topicSchema, wordChoiceSchema } from '../../src/schemas/comparison.ts';
import { allOutletsInput } from '../helpers/corpus.ts';

const input = allOutletsInput();
const c = buildComparison(input);
const variant = (group: string, label: string) => c.wordChoice.find((w) => w.id === group)!.variants.find((v) => v.label === label)!;
const words = (cell: CountCell | undefined) => (cell?.words ?? []).map((w) => `${w.text} ×${w.count}`);
const allWords = (group: string, outlet: string) => c.wordChoice.find((w) => w.id === group)!.variants.flatMap((v) => words(v.cells[outlet]));
const text = (outlet: string, block: string) => input.columns.find((col) => col.outletId === outlet)!.blocks.find((b) => b.id === block)!.text;

describe('word choice: the words shown are the words printed', () => {
  it('every word shown stands at its place in its paragraph, with its own count', () => {
    for (const cell of [
      ...c.wordChoice.flatMap((w) => w.variants.flatMap((v) => Object.entries(v.cells))),
      ...c.sources.flatMap((s) => Object.entries(s.cells)),
    ]) {
      const [outlet, { count, words: found }] = cell;
      expect(found.reduce((n, w) => n + w.count, 0)).toBe(count);
      for (const w of found) for (const start of w.starts) expect(text(outlet, w.block.id).slice(start, start + w.text.length)).toBe(w.text);
    }
  });
  it('Pivot: "settlement of the Russia-Ukraine conflict" is not shown as peace talks; its "conflict" counts twice', () => {
    expect(variant('ukraine-war', 'peace talks').cells['pivot-to-asia']!.count).toBe(0);
    expect(words(variant('ukraine-war', 'settlement').cells['pivot-to-asia'])).toEqual(['settlement ×2']);
    expect(words(variant('ukraine-war', 'conflict').cells['pivot-to-asia'])).toEqual(['Russia-Ukraine conflict ×1', 'Ukraine conflict ×1']);
  });
  it('Pivot writes "President Xi" and "videoconference", Devdiscourse "Western economic sanctions": those are the words shown', () => {
    expect(words(variant('xi-title', 'Chinese President').cells['pivot-to-asia'])).toEqual(['President Xi ×1', 'President Xi ×1']);
    expect(allWords('xi-title', 'pivot-to-asia')).not.toContain('Chinese President ×1');
    expect(words(variant('the-call', 'video conference').cells['pivot-to-asia'])).toEqual(['videoconference ×1', 'videoconference ×1']);
    expect(words(variant('pressure', 'Western sanctions').cells['devdiscourse'])).toEqual(['Western economic sanctions ×1']);
  });
  it('The Kyiv Independent\'s "The Chinese president stressed" is found whatever the case', () => {
    expect(words(variant('xi-title', 'Chinese President').cells['kyiv-independent'])).toEqual(['Chinese President ×1', 'Chinese president ×1']);
  });
  it('pressure on Russia does not count sanctions on Iran and Venezuela (RT) or pressure on India (Pivot)', () => {
    expect(allWords('pressure', 'rt')).toEqual(['Western sanctions ×1']);
    const pivot = c.wordChoice.find((w) => w.id === 'pressure')!.variants.flatMap((v) => v.cells['pivot-to-asia']!.words);
    expect(pivot.map((w) => w.block.id)).not.toContain('the-timing-of-the-meeting-was');
    // "aggressive external pressures" on Russia, Iran and China counts; "the limitations of unilateral pressure" does not.
    expect(pivot.filter((w) => w.block.id === 'recent-reports-confirm-that-russia-iran').map((w) => `${w.text} ×${w.count}`)).toEqual([
      'pressures ×1',
    ]);
  });
  it('"ties" does not count Pivot\'s "trade and investment ties with the U.S."', () => {
    const block = 'another-point-is-that-the-us';
    const ties = variant('relationship', 'ties').cells['pivot-to-asia']!.words.filter((w) => w.block.id === block);
    const us = text('pivot-to-asia', block).indexOf('ties with the U.S.');
    expect(ties.flatMap((w) => w.starts)).not.toContain(us);
    expect(ties.flatMap((w) => w.starts)).toEqual([text('pivot-to-asia', block).indexOf('ties with Beijing')]);
  });
});

describe('topics', () => {
  const blocks = (topic: string, outlet: string) => c.topics.find((t) => t.id === topic)!.cells[outlet]!.blocks.map((b) => b.id);
  it('finds "Putin has visited China twice" (The Kyiv Independent) as a Putin visit to China', () => {
    expect(blocks('putin-visit', 'kyiv-independent')).toEqual(['since-february-2022-putin-has-visited']);
  });
  it("does not count the Russian Security Council (Shoigu's title) or national security councils as multilateral bodies", () => {
    expect(blocks('multilateral', 'pivot-to-asia')).not.toContain('the-visa-free-regime-was-positively-assessed');
    expect(blocks('multilateral', 'pivot-to-asia')).not.toContain('one-of-the-most-underappreciated-aspects');
    expect(blocks('multilateral', 'pivot-to-asia')).toContain('perhaps-the-most-consequential-dimension-of');
  });
  it('matches each topic on its own: "UN Charter" (world order) still marks the UN for multilateral bodies', () => {
    expect(blocks('multilateral', 'rt')).toContain('the-positions-of-moscow-and-beijing');
    expect(blocks('world-order', 'rt')).toContain('the-positions-of-moscow-and-beijing');
  });
});

describe('the YAML', () => {
  it('takes markers matched as written and contexts to leave out', () => {
    const topic = {
      label: 'Bodies',
      description: 'The UN.',
      markers: [{ words: 'Security Council', exact: true }, 'UN'],
      except: ['Russian Security Council'],
    };
    expect(topicSchema.safeParse(topic).success).toBe(true);
    const variant = { label: 'ties', patterns: ['ties'], except: ['ties with the U.S.'] };
    expect(wordChoiceSchema.safeParse({ label: 'x', description: 'y', variants: [variant, variant] }).success).toBe(true);
  });
  it('says what is wrong with a bad marker', () => {
    const result = topicSchema.safeParse({ label: 'Bodies', description: 'The UN.', markers: [{ words: 'UN', exact: 'yes' }] });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'markers.0.exact: must be true (match only as written) or false',
    ]);
  });
});

describe('exports name the event of every row', () => {
  const csv = comparisonCsv(c);
  it("every CSV table has an event column, and The Kyiv Independent's rows name its own call", () => {
    for (const [file, table] of Object.entries(csv)) {
      const [header, ...rows] = table.trim().split('\n');
      expect(header!.split(','), file).toEqual(expect.arrayContaining([expect.stringMatching(/^event/)]));
      const kyiv = rows.filter((r) => r.includes('kyiv-independent'));
      for (const r of kyiv) expect(r, file).toContain('putin-xi-call-2025-01-21');
    }
    expect(csv['word-choice.csv']).toContain(
      'xi-title,Chinese President,kyiv-independent,putin-xi-call-2025-01-21,2,“Chinese President” ×1; “Chinese president” ×1',
    );
  });
  it("the JSON gives each outlet's event and words in word choice, sources and coverage", () => {
    const json = comparisonJson(c, 'https://parallax.example/');
    const kyiv = json.wordChoice.find((w) => w.group === 'xi-title')!.variants.find((v) => v.label === 'Chinese President')!.outlets[
      'kyiv-independent'
    ]!;
    expect(kyiv.event).toBe('putin-xi-call-2025-01-21');
    expect(kyiv.words.map((w) => w.text)).toEqual(['Chinese President', 'Chinese president']);
    expect(json.coverage[0]!.outlets['kyiv-independent']!.event).toBe('putin-xi-call-2025-01-21');
    expect(json.sources[0]!.outlets['kyiv-independent']!.words[0]!.text).toBe("Kremlin's press service");
  });
});
