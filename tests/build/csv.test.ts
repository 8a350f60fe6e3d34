/** The built CSV exports parse, and no cell is one a spreadsheet would run as a formula (OWASP's CSV injection). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/site.ts';

const folder = path.join(dist, 'data');
const files = readdirSync(folder).filter((f) => f.endsWith('.csv'));

describe('the CSV exports', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual(['coverage.csv', 'figures.csv', 'sources.csv', 'statements.csv', 'shared-wording.csv', 'word-choice.csv'].sort());
  });

  it.each(files)('%s has no cell that begins with = + - @, a tab or a carriage return, except numbers', (file) => {
    const rows = parse(readFileSync(path.join(folder, file), 'utf8')) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)));
    expect(formulas).toEqual([]);
  });
});
