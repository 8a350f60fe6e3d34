/**
 * Rows and reader pairs that travel: each row of What differs has its own page
 * (/events/<event>/statements/<row>/) with its own share card, each
 * prerendered reader pair its own card, so a shared link unfurls as that
 * comparison; and /compare/ without JavaScript says `?outlets=` needs it and
 * links the reader pairs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { fold } from '../../src/lib/fold.ts';
import { dist } from '../helpers/site.ts';

const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
const meta = (p: Page, key: string) => p.$(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Width and height from a PNG's IHDR chunk, and its size in bytes. */
async function png(url: string): Promise<{ size: [number, number]; bytes: number }> {
  const bytes = await readFile(path.join(dist, new URL(url).pathname));
  expect(bytes.subarray(1, 4).toString(), url).toBe('PNG');
  return { size: [bytes.readUInt32BE(16), bytes.readUInt32BE(20)], bytes: bytes.length };
}

let pages: Page[];
let compare: Page;
const page = (route: string) => pages.find((p) => p.route === route);
/** The text of the paragraph a link opens, read from the built outlet page. */
async function paragraph(href: string): Promise<string> {
  const [at, id] = href.split('#') as [string, string];
  const $ = load(await readFile(path.join(dist, at, 'index.html'), 'utf8'));
  expect($(`[id="${id}"]`).length, href).toBe(1);
  return $(`[id="${id}"]`).text();
}

beforeAll(async () => {
  pages = await loadSite(dist);
  compare = page('/compare/')!;
});

describe('each row of What differs on its own page', () => {
  const rows = () =>
    compare
      .$('#what-differs tbody tr')
      .map((_, tr) => ({ id: compare.$(tr).attr('id')!, th: compare.$(tr).find('th'), share: compare.$(tr).find('th a.row-link').attr('href')! }))
      .get();

  it('links every row to its page, which links back to the row', () => {
    expect(rows().length).toBeGreaterThan(5);
    for (const r of rows()) {
      expect(r.id).toMatch(/^differs-/);
      expect(r.share).toBe(`/events/putin-xi-call-2026-02-04/statements/${r.id.replace(/^differs-/, '')}/`);
      const p = page(r.share);
      expect(p, r.share).toBeDefined();
      // Back to the row on the edition's own page (its canonical address; /compare/ shows the same rows for the newest).
      expect(p!.$(`a[href="/events/putin-xi-call-2026-02-04/#${r.id}"]`).length, r.share).toBe(1);
      // The row names the same thing on both pages.
      expect(squash(p!.$('h1').text())).toBe(squash(r.th.clone().children('a.row-link').remove().end().text()));
    }
  });

  it('quotes each outlet’s sentences exactly as the paragraph it links to prints them', async () => {
    let quoted = 0;
    for (const r of rows()) {
      const p = page(r.share)!;
      for (const fig of p.$('.statement-outlets figure').toArray()) {
        const words = p.$(fig).find('blockquote').text().trim();
        const href = p.$(fig).find('figcaption a').attr('href')!;
        const outlet = p.$(fig).closest('li[data-outlet]').attr('data-outlet')!;
        expect(href.startsWith(`/outlets/${outlet}/#`), href).toBe(true);
        expect(fold(await paragraph(href)), `${r.share}: ${words}`).toContain(fold(words));
        quoted++;
      }
      // Each outlet is listed, with its cell's words in the grid.
      for (const td of compare.$(`#${r.id} td[data-outlet]`).toArray()) {
        const outlet = compare.$(td).attr('data-outlet')!;
        const says = squash(p.$(`li[data-outlet="${outlet}"] > p`).first().text());
        const grid = squash(compare.$(td).text());
        if (grid === 'No matching sentence found') expect(says).toMatch(/^No matching sentence found/);
        else if (grid.startsWith('Covers a different')) expect(says).toBe(grid);
        else expect(p.$(`li[data-outlet="${outlet}"] figure`).length, `${r.share} ${outlet}`).toBeGreaterThan(0);
      }
    }
    expect(quoted).toBeGreaterThan(20);
  });

  it('shows a row no curated statement labels by its first outlet’s words, linked to their paragraph', async () => {
    const plain = rows().filter((r) => r.th.find('span[data-outlet] > a').length > 0);
    expect(plain.length).toBeGreaterThan(0);
    for (const r of plain) {
      const a = r.th.find('span[data-outlet] > a');
      const words = a.text().replace(/^“|”$/g, '');
      expect(fold(await paragraph(a.attr('href')!))).toContain(fold(words));
    }
  });

  it('unfurls as that row: its own 1200 × 630 card, named in the alt text, within the cards’ byte budget', async () => {
    for (const r of rows()) {
      const p = page(r.share)!;
      const image = meta(p, 'og:image')!;
      expect(image).toBe(new URL(`/og${r.share.replace(/\/$/, '')}.png`, site).href);
      expect(meta(p, 'twitter:image')).toBe(image);
      const { size, bytes } = await png(image);
      expect(size).toEqual([1200, 630]);
      expect(bytes).toBeLessThan(100 * 1024);
      const label = squash(r.th.clone().children('a.row-link').remove().end().text());
      expect(meta(p, 'og:image:alt')!.startsWith(label), `${meta(p, 'og:image:alt')} / ${label}`).toBe(true);
      expect(meta(p, 'og:url')).toBe(new URL(r.share, site).href);
    }
  });
});

describe('each prerendered reader pair', () => {
  it('unfurls as that pair: a card naming the two outlets and the event', async () => {
    const readers = pages.filter((p) => /^\/events\/[^/]+\/read\/[^/]+\/[^/]+\/$/.test(p.route));
    expect(readers.length).toBeGreaterThan(0);
    const images = new Set<string>();
    for (const p of readers) {
      const [, event, a, b] = /^\/events\/([^/]+)\/read\/([^/]+)\/([^/]+)\/$/.exec(p.route)!;
      const image = meta(p, 'og:image')!;
      expect(image).toBe(new URL(`/og/events/${event}/read/${a}/${b}.png`, site).href);
      const { size, bytes } = await png(image);
      expect(size).toEqual([1200, 630]);
      expect(bytes).toBeLessThan(100 * 1024);
      images.add(image);
      // "TASS and RT side by side, …": the page's own two outlets, as its title names them ("TASS and RT, side by side").
      const alt = meta(p, 'og:image:alt')!;
      const [, names] = /^(.+) side by side, sentence by sentence, on the Putin–Xi video call, 4 February 2026\.$/.exec(alt) ?? [];
      expect(names, alt).toBeDefined();
      expect(
        p
          .$('title')
          .text()
          .startsWith(names!.length > 40 ? names!.slice(0, 40) : names!),
        `${p.route}: ${alt}`,
      ).toBe(true);
    }
    expect(images.size).toBe(readers.length);
  });
});

describe('/compare/ without JavaScript', () => {
  it('says choosing outlets needs JavaScript and links each prerendered pair once', () => {
    const html = compare
      .$('noscript')
      .toArray()
      .map((n) => compare.$(n).html() ?? '')
      .join('');
    const $ = load(html);
    expect(squash($('.picker-noscript').text())).toMatch(/^Choosing outlets needs JavaScript, so every outlet is shown/);
    const links = $('.picker-noscript a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    // Every ordered pair page of the edition's event, each pair once (a/b or b/a).
    const event = compare.$('#what-differs a.row-link').first().attr('href')!.split('/')[2]!;
    const built = pages.filter((p) => p.route.startsWith(`/events/${event}/read/`) && p.route.split('/').length === 7);
    expect(built.length).toBeGreaterThan(0);
    const pairs = new Set(links.map((l) => l.split('/read/')[1]!.split('/').filter(Boolean).sort().join(' ')));
    expect(pairs.size).toBe(links.length);
    expect(links.length * 2).toBe(built.length);
    for (const l of links) expect(page(l), l).toBeDefined();
  });
});
