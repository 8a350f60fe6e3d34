/**
 * The offline precache of the built site: within its byte budget, and bounded to the site's frame and the
 * editions a search reads by default (lib/search-scope.ts); everything else is kept only once a reader opens it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET } from '../../src/build/offline.ts';
import { defaultEditions, type EditionRef } from '../../src/lib/search-scope.ts';
import { dist, outletIds } from '../helpers/site.ts';

const precached = [...readFileSync(path.join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
const $ = cheerio.load(readFileSync(path.join(dist, 'search/index.html'), 'utf8'));
const editions = (JSON.parse($('#search-data').text()) as { editions: EditionRef[] }).editions;

describe('the offline precache', () => {
  it(`weighs at most its budget, ${PRECACHE_BUDGET / 2 ** 20} MiB`, () => {
    const bytes = precached.reduce((n, url) => n + statSync(path.join(dist, url)).size, 0);
    expect(precached.length).toBeGreaterThan(10);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  it('holds the frame, every outlet page the offline page lists, and the search index of the default editions', () => {
    for (const url of [
      'index.html',
      'compare/index.html',
      'search/index.html',
      'offline/index.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
    ])
      expect(precached).toContain(url);
    for (const id of outletIds()) expect(precached).toContain(`outlets/${id}/index.html`);
    expect(precached.some((u) => u.startsWith('pagefind/index/'))).toBe(true);
    expect(precached.some((u) => u.startsWith('pagefind/fragment/'))).toBe(true);
    // Each default edition's "Same statement" groups (an edition with one outlet has none).
    const grouped = defaultEditions(editions).filter((e) => existsSync(path.join(dist, 'data/statements', e.id)));
    expect(grouped.length).toBeGreaterThan(0);
    for (const e of grouped)
      expect(
        precached.some((u) => u.startsWith(`data/statements/${e.id}/`)),
        e.id,
      ).toBe(true);
  });

  it('leaves out what a reader fetches when opened: share cards, data exports, the reader pages, older editions’ bundles', () => {
    const other = precached.filter((u) => /^(og\/|events\/|pagefind\/e\/)|\.csv$|^data\/(?!statements\/)/.test(u));
    expect(other).toEqual([]);
  });
});
