/** The CSV exports cannot carry a formula: cells a spreadsheet would run are neutralised as OWASP describes. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../src/lib/comparison/index.ts';
import { comparisonCsv, csv, neutraliseCell } from '../../src/lib/export.ts';
import { allOutletsInput } from '../helpers/corpus.ts';

/** What OWASP lists as the start of a formula: =, +, -, @, tab and carriage return. */
const FORMULA = /^[=+\-@\t\r]/;

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("https://example.com","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('puts an apostrophe before %j', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });
  it('leaves other text as it is', () => {
    for (const cell of ['Putin said', "'already quoted", ' =1 after a space', 'a=b', '']) expect(neutraliseCell(cell)).toBe(cell);
  });
});

describe('csv', () => {
  it('neutralises text cells, quotes them where needed, and keeps numbers as numbers', () => {
    const text = csv(
      ['a', 'b', 'c'],
      [
        ['=1+1', -5, 'x,=2'],
        ['@cmd', 3.5, null],
      ],
    );
    expect(parse(text)).toEqual([
      ['a', 'b', 'c'],
      ["'=1+1", '-5', 'x,=2'],
      ["'@cmd", '3.5', ''],
    ]);
  });
});

describe('comparisonCsv', () => {
  it('writes no formula when an outlet’s own words begin with =, + or @', () => {
    // An article whose paragraphs open with formulas, quoted by a statement, counted by a figure and a topic.
    const input = allOutletsInput();
    const rt = input.columns.find((col) => col.outletId === 'rt')!;
    const openers = ['=HYPERLINK("https://example.com","trade")', '+cmd|', '@SUM(1)'];
    rt.blocks.forEach((b, i) => {
      if (b.kind === 'paragraph' && i < openers.length) b.text = `${openers[i]} ${b.text}`;
    });
    const first = rt.blocks.find((b) => b.kind === 'paragraph')!;
    input.statements = [
      { id: 'formula', label: '=label', speaker: '@speaker', event: input.event.id, renderings: { rt: first.text.slice(0, 60) } },
    ] as typeof input.statements;
    const tables = comparisonCsv(buildComparison(input));
    const cells = Object.values(tables).flatMap((t) => (parse(t) as string[][]).flat());
    expect(cells.filter((c) => FORMULA.test(c) && !Number.isFinite(Number(c)))).toEqual([]);
    // The quote is still there, word for word after the apostrophe.
    const statements = parse(tables['statements.csv']!, { columns: true }) as Record<string, string>[];
    expect(statements.find((r) => r['outlet'] === 'rt')?.['quote']).toMatch(/^'=HYPERLINK\("https:\/\/example\.com","trade"\) Russian President/);
    expect(cells).toContain("'=label");
  });
});
