/**
 * A row of What differs in an edition that is no longer current (src/data/differs.ts rowPageEvents) keeps its
 * address as a short page that sends the reader on to the row on its edition's page: rendered by Astro's container
 * from the route itself, the page a build writes for it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import RowPage from '../../src/pages/events/[event]/statements/[row].astro';
import { rowLabel, type DiffersRow } from '../../src/lib/comparison/differs.ts';

const row: DiffersRow = {
  id: 'tass-the-leaders-discussed',
  statements: [],
  words: { outlet: 'tass', name: 'TASS', text: 'The leaders discussed trade', clipped: true, href: '/outlets/tass/#p1' },
  cells: {},
};

describe('an older edition’s row address', () => {
  it('sends the reader to the row on the edition’s page, asks not to be indexed, and links there without a refresh', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RowPage, {
      params: { event: 'putin-xi-call-2025-01-21', row: row.id },
      // An older edition's row page is given the row's label, not the row (its getStaticPaths keeps no more of it).
      props: { label: rowLabel(row), eventId: 'putin-xi-call-2025-01-21', eventTitle: 'Putin–Xi video call, 21 January 2025' },
    });
    const $ = cheerio.load(html);
    const target = '/events/putin-xi-call-2025-01-21/#differs-tass-the-leaders-discussed';
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1')).toHaveLength(1);
    const link = $('main a');
    expect(link.attr('href')).toBe(target);
    // The outlet's words, quoted whole as the row's label quotes them, the ellipsis outside the marks.
    expect(link.text()).toBe('TASS: “The leaders discussed trade”…, in What differs on the Putin–Xi video call, 21 January 2025');
    expect(Buffer.byteLength(html)).toBeLessThan(1024);
  });
});
