/**
 * Search's filters in the built site: every page Pagefind indexes carries
 * each filter the search page offers, by the one list of names, and the
 * search page's menus and search boxes follow the shared limits.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { MAX_QUERY_LENGTH, SEARCH_LANGUAGE } from '../../src/lib/consts.ts';
import { FILTERS } from '../../src/lib/search-filters.ts';
import { dist, sourceArticles } from '../helpers/site.ts';

let pages: Page[];
beforeAll(async () => {
  pages = await loadSite(dist);
});

/** A page's Pagefind filters: name → values. */
function filtersOf({ $ }: Page): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  $('[data-pagefind-filter]').each((_, el) => {
    const [name = '', ...value] = ($(el).attr('data-pagefind-filter') ?? '').split(':');
    (out[name] ??= []).push(value.join(':'));
  });
  return out;
}

describe('search filters', () => {
  it('are set on every indexed page, once each, by the names the search page uses', () => {
    const indexed = pages.filter((p) => p.$('[data-pagefind-body]').length > 0);
    expect(indexed.length).toBeGreaterThanOrEqual(new Set(sourceArticles().map((a) => a.outlet)).size);
    for (const p of indexed) {
      const filters = filtersOf(p);
      expect(Object.keys(filters).sort(), p.route).toEqual([...FILTERS].sort());
      for (const name of FILTERS) expect(filters[name]!.length, `${p.route} ${name}`).toBe(1);
      expect(filters['outlet']![0], p.route).toBe(p.route.split('/')[2]);
    }
  });

  it('are offered by the search page as one menu each, holding every value an indexed page carries', () => {
    const search = pages.find((p) => p.route === '/search/')!;
    const { $ } = search;
    expect(
      $('#search-form select')
        .map((_, el) => $(el).attr('name'))
        .get(),
    ).toEqual([...FILTERS]);
    for (const name of FILTERS) {
      const offered = new Set(
        $(`select[name="${name}"] option`)
          .map((_, el) => $(el).attr('value'))
          .get(),
      );
      for (const p of pages) for (const value of filtersOf(p)[name] ?? []) expect(offered.has(value), `${name}=${value} (${p.route})`).toBe(true);
    }
  });

  it('the search page preloads Pagefind files that the build wrote (its script and the WebAssembly of the index language)', async () => {
    const search = pages.find((p) => p.route === '/search/')!;
    const preloaded = search
      .$('link[rel="modulepreload"], link[rel="preload"]')
      .map((_, el) => search.$(el).attr('href'))
      .get();
    expect(preloaded).toEqual(['/pagefind/pagefind.js', `/pagefind/wasm.${SEARCH_LANGUAGE}.pagefind`]);
    for (const href of preloaded) expect((await stat(path.join(dist, href))).size, href).toBeGreaterThan(1000);
  });

  it('search boxes hold as many characters as a search reads', () => {
    const boxes = pages.flatMap((p) =>
      p
        .$('input[name="q"]')
        .map((_, el) => ({ route: p.route, maxlength: p.$(el).attr('maxlength') }))
        .get(),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(pages.length - 1);
    for (const box of boxes) expect(box.maxlength, box.route).toBe(String(MAX_QUERY_LENGTH));
  });
});
