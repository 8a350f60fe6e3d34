/** Markers matched on word forms (src/lib/comparison/markers.ts): forms, case, acronyms, prefixes, hyphens, excluded contexts. */
import { describe, expect, it } from 'vitest';
import { compileMarkers, type Marker } from '../../src/lib/comparison/markers.ts';

const found = (markers: Marker[], text: string, except?: Marker[]) => compileMarkers([{ key: 'k', markers, except }])(text).map((m) => m.text);

describe('compileMarkers', () => {
  it('finds a phrase in any form of its words: "visit China" in "has visited China"', () => {
    expect(found(['visit China'], 'Since February 2022, Putin has visited China twice.')).toEqual(['visited China']);
    expect(found(['visit to China'], 'an official visit to China')).toEqual(['visit to China']);
    expect(found(['Security Council'], 'national security councils')).toEqual(['security councils']);
  });
  it('ignores case, so "Chinese President" finds "The Chinese president stressed"', () => {
    expect(found(['Chinese President'], 'The Chinese president stressed that bilateral ties grew.')).toEqual(['Chinese president']);
  });
  it('matches whole words only, and a phrase only as a run of its own words', () => {
    expect(found(['ties'], 'entities and ties')).toEqual(['ties']);
    expect(found(['peace talks'], 'a settlement of the conflict; peace and talks')).toEqual([]);
  });
  it('keeps the case of a word written in capitals (an acronym)', () => {
    expect(found(['US'], 'It told us the US view.')).toEqual(['US']);
    expect(found(['UN'], 'the UN-centered system and the UN Charter')).toEqual(['UN', 'UN']);
  });
  it('matches a marker written { words, exact: true } only as written', () => {
    expect(found([{ words: 'partnership', exact: true }], 'the partnership; Eurasian partnerships; Partnership')).toEqual(['partnership']);
    expect(found([{ words: 'Security Council', exact: true }], 'the UN Security Council and security councils')).toEqual(['Security Council']);
  });
  it('drops a match inside an excluded context', () => {
    const text = 'Secretary of the Russian Security Council Sergei Shoigu; permanent members of the UN Security Council';
    expect(found(['Security Council'], text, ['Russian Security Council'])).toEqual(['Security Council']);
    expect(compileMarkers([{ key: 'k', markers: ['Security Council'], except: ['Russian Security Council'] }])(text)[0]!.start).toBe(
      text.lastIndexOf('Security'),
    );
  });
  it('reads hyphenated words as their parts, and a trailing * as any word it begins', () => {
    expect(found(['Ukraine'], 'Ukraine-related Western sanctions')).toEqual(['Ukraine']);
    expect(found(['multipolar*'], 'a world of multipolarity')).toEqual(['multipolarity']);
    expect(found(['visit* China'], 'Putin visited China')).toEqual(['visited China']);
  });
  it('folds quote marks and apostrophes, and gives the text as printed with its offsets', () => {
    const text = 'the Kremlin’s press service';
    const [m] = compileMarkers([{ key: 'k', markers: ["Kremlin's press service"] }])(text);
    expect(m).toEqual({ start: 4, end: text.length, text: 'Kremlin’s press service', key: 'k' });
  });
  it('counts an overlap once, for the longer match that starts first', () => {
    const match = compileMarkers([
      { key: 'long', markers: ['full-scale war'] },
      { key: 'short', markers: ['war'] },
    ]);
    expect(match('the full-scale war and the war').map((m) => `${m.key}:${m.text}`)).toEqual(['long:full-scale war', 'short:war']);
  });
  it('matches markers in scripts without spaces inside a run of text', () => {
    expect(found(['台湾'], '两国元首还就台湾问题交换了意见。')).toEqual(['台湾']);
  });
});
