/** Every built page is valid HTML by html-validate's recommended rules: 0 errors. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { loadSite } from '../../src/build/checks.ts';
import { dist } from '../helpers/site.ts';

// A scrolling table's wrapper is a region named by its table, not a section of the document with a heading of its
// own: the Nu HTML Checker warns on a <section> without a heading and asks for a <div> there.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'prefer-native-element': ['error', { exclude: ['region'] }] },
});
const pages = await loadSite(dist);

describe('html-validate', () => {
  it.each(pages.map((p) => [p.route, p.file]))('%s has no errors', async (_, file) => {
    const report = await validator.validateString(await readFile(path.join(dist, file), 'utf8'), file);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
