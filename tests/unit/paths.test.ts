/** Every site address comes from src/lib/paths.ts; these are the contract of DESIGN.md's URL table. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/lib/consts.ts';
import { csvFile, JSON_FILE, TABLES } from '../../src/lib/export.ts';
import {
  articlePath,
  comparePath,
  compareRowId,
  compareRowPath,
  dataPath,
  editionsPath,
  editionsYearPath,
  eventPath,
  homePath,
  outletPath,
  paragraphPath,
  searchPath,
  shareCard,
  shareImagePath,
} from '../../src/lib/paths.ts';
import { FILTERS, pagefindFilter } from '../../src/lib/search-filters.ts';
import { root } from '../helpers/build.ts';

describe('site paths', () => {
  it('builds the pages’ addresses', () => {
    expect(homePath()).toBe('/');
    expect(outletPath('tass')).toBe('/outlets/tass/');
    expect(articlePath('tass', 'tass-2025', true)).toBe('/outlets/tass/');
    expect(articlePath('tass', 'tass-2025')).toBe('/outlets/tass/tass-2025/');
    expect(comparePath()).toBe('/compare/');
    expect(eventPath('putin-xi-call-2026-02-04')).toBe('/events/putin-xi-call-2026-02-04/');
    expect(editionsPath()).toBe('/editions/');
    expect(editionsYearPath('2026')).toBe('/editions/2026/');
    expect(editionsYearPath('2026', '2026-02')).toBe('/editions/2026/#month-2026-02');
  });
  it('links a paragraph, on the primary article’s page or another, with a text fragment escaped for directives', () => {
    expect(paragraphPath('rt', 'putin-noted')).toBe('/outlets/rt/#putin-noted');
    expect(paragraphPath('rt', 'earlier', { page: articlePath('rt', 'rt-2025') })).toBe('/outlets/rt/rt-2025/#earlier');
    expect(paragraphPath('rt', 'p', { textFragment: 'full-scale war, & more' })).toBe('/outlets/rt/#p:~:text=full%2Dscale%20war%2C%20%26%20more');
  });
  it('names the comparison’s rows', () => {
    expect(compareRowPath(compareRowId.coverage('taiwan'))).toBe('/compare/#coverage-taiwan');
    expect(compareRowId.topic('taiwan')).toBe('topic-taiwan');
    expect(compareRowId.statement('spring-all-year')).toBe('statement-spring-all-year');
    expect(compareRowId.figures('trade-total')).toBe('figures-trade-total');
    expect(compareRowId.wordGroup('ukraine-war')).toBe('word-ukraine-war');
    expect(compareRowId.word('ukraine-war', 'Full-scale war')).toBe('word-ukraine-war-full-scale-war');
    expect(compareRowId.source('xinhua')).toBe('source-xinhua');
    expect(compareRowId.shared('rt', 'tass', 2)).toBe('shared-rt-tass-2');
  });
  it('puts a search’s query and filters in the address, leaving out empty ones', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath({ q: '"every season"', outlet: 'tass', kind: '', event: 'putin-xi-call-2026-02-04' })).toBe(
      '/search/?q=%22every+season%22&outlet=tass&event=putin-xi-call-2026-02-04',
    );
  });
  it('names the data files and share images', () => {
    expect([dataPath(JSON_FILE), ...TABLES.map((t) => dataPath(csvFile(t.id)))]).toEqual([
      '/data/comparison.json',
      '/data/coverage.csv',
      '/data/statements.csv',
      '/data/figures.csv',
      '/data/word-choice.csv',
      '/data/sources.csv',
      '/data/shared-wording.csv',
    ]);
    expect([shareCard.site, shareCard.compare, shareCard.outlet('rt')].map(shareImagePath)).toEqual([
      '/og/site.png',
      '/og/compare.png',
      '/og/outlets/rt.png',
    ]);
  });
  it('tags articles with the filters the search page reads', () => {
    expect(FILTERS).toEqual(['outlet', 'kind', 'event']);
    expect(pagefindFilter('kind', 'state news agency')).toBe('kind:state news agency');
  });
});

describe('site identity', () => {
  it('has the colours the stylesheet’s light theme and the favicon use', () => {
    const tokens = readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8');
    const light = tokens.slice(0, tokens.indexOf('prefers-color-scheme: dark'));
    const token = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(light)?.[1];
    expect({ accent: token('accent'), background: token('bg'), text: token('text'), muted: token('muted'), rule: token('rule') }).toEqual(COLOURS);
    expect(readFileSync(path.join(root, 'public/favicon.svg'), 'utf8')).toContain(`fill="${COLOURS.accent}"`);
  });
});
