/**
 * One rule for the whole built site: words in quotation marks attributed to
 * an outlet are that outlet's own words, as printed in its article (quote
 * marks, apostrophes, dashes and spaces folded: src/lib/fold.ts).
 *
 * Attribution, on pages: a phrase belongs to the outlet of the nearest
 * element carrying `data-outlet` (a table cell, a lane, the words an outlet
 * printed) or `data-quote-of` (one outlet's print of a shared passage), or to
 * both outlets of one carrying `data-outlet-pair`; on an
 * outlet's own pages (/outlets/<id>/…), everything outside the article copy
 * itself belongs to that outlet, except what names its own source (a
 * `<cite>` or an element of class `source`, such as the profile's
 * "Source: Wikipedia, "RT (TV network)""). A phrase is the text between curly double quotes, between straight
 * double quotes that open and close as quotes do, or inside <q>.
 *
 * In the exports: in the JSON, a string under an outlet (under a key that is
 * an outlet id, or in an object whose `outlet` is one, or whose `outlets` list
 * starts with one) is that outlet's: all of it where its key is `text` or
 * `quote` or it is the value of an outlet key, its quoted phrases otherwise.
 * In the CSV, the `text`, `quote` and `words` cells of a row belong to its
 * `outlet` (or `outlet_a`), `text_b` to its `outlet_b`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold.ts';
import { articleBlocks, dist, outletIds, sourceArticles } from '../helpers/site.ts';

const squash = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/** Each outlet's printed text: headline, standfirst and every block, folded. */
const printed = new Map<string, string[]>();
for (const a of sourceArticles()) {
  const texts = [String(a.front['headline'] ?? ''), String(a.front['standfirst'] ?? ''), ...articleBlocks(a.body).map((b) => b.text)].map(squash);
  printed.set(a.outlet, [...(printed.get(a.outlet) ?? []), ...texts]);
}
const outlets = new Set(outletIds());
const inArticle = (outlet: string, phrase: string) => (printed.get(outlet) ?? []).some((t) => t.includes(squash(phrase)));

/** The phrases a text sets in double quotation marks. */
export function quotedPhrases(text: string): string[] {
  const folded = fold(text);
  const curly = [...text.matchAll(/\u201C([^\u201C\u201D]+)\u201D/g)].map((m) => m[1]!);
  // Straight quotes: an opening one follows a space, a bracket or the start; a closing one precedes a space, punctuation or the end.
  const straight = [...fold(text.replace(/[\u201C\u201D]/g, ' ')).matchAll(/(?<=^|[\s([\-/])"([^"]+)"(?=$|[\s.,;:!?)\]\-/'])/g)].map((m) => m[1]!);
  return folded ? [...curly, ...straight].map((p) => p.trim()).filter((p) => p.length > 0) : [];
}

interface Claim {
  where: string;
  outlet: string;
  phrase: string;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

/** Every quoted phrase a page attributes to an outlet. */
export function pageClaims(html: string, where: string, pageOutlet: string | null): Claim[] {
  const $ = load(html);
  // The article copies themselves, and paragraphs quoted whole (a copy of the paragraph), are the article.
  $('article.article, blockquote').remove();
  $('script, style, template, noscript').remove();
  const claims: Claim[] = [];
  $('cite, .source').remove();
  const owners = (el: Parameters<typeof $>[0]): string[] => {
    const near = $(el).closest('[data-quote-of], [data-outlet], [data-outlet-pair]');
    if (near.length === 0) return pageOutlet ? [pageOutlet] : [];
    return (near.attr('data-quote-of') ?? near.attr('data-outlet') ?? near.attr('data-outlet-pair') ?? '').split(/\s+/).filter(Boolean);
  };
  $('q').each((_, el) => {
    for (const outlet of owners(el)) claims.push({ where, outlet, phrase: $(el).text() });
    $(el).replaceWith(' ');
  });
  // Leaf blocks: text elements with no block inside, so one quotation never runs from one cell into the next.
  const blocks = 'p, li, td, th, dd, dt, caption, figcaption, h1, h2, h3, h4, h5, h6, span.words, a, title';
  $(blocks).each((_, el) => {
    if ($(el).find(blocks).length > 0) return;
    for (const outlet of owners(el)) for (const phrase of quotedPhrases($(el).text())) claims.push({ where, outlet, phrase });
  });
  return claims;
}

function jsonClaims(value: unknown, where: string, outlet: string | null, key = ''): Claim[] {
  if (typeof value === 'string') {
    if (!outlet) return [];
    const whole = key === 'text' || key === 'quote' || key === outlet;
    return (whole ? [value] : quotedPhrases(value)).map((phrase) => ({ where: `${where} ${key}`, outlet, phrase }));
  }
  if (Array.isArray(value)) return value.flatMap((v) => jsonClaims(v, where, outlet, key));
  if (!value || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const listed = Array.isArray(obj['outlets']) ? obj['outlets'][0] : undefined;
  const own =
    typeof obj['outlet'] === 'string' && outlets.has(obj['outlet'])
      ? obj['outlet']
      : typeof listed === 'string' && outlets.has(listed)
        ? listed
        : outlet;
  return Object.entries(obj).flatMap(([k, v]) => {
    if (outlets.has(k)) return jsonClaims(v, `${where} ${k}`, k, k);
    return jsonClaims(v, where, own, k);
  });
}

function csvClaims(text: string, where: string): Claim[] {
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const known = (o: string | undefined) => (o && outlets.has(o) ? o : null);
  return rows.flatMap((row, i) =>
    Object.entries(row).flatMap(([column, cell]): Claim[] => {
      const outlet = column === 'text_b' ? known(row['outlet_b']) : known(row['outlet'] ?? row['outlet_a']);
      if (!cell || !outlet) return [];
      const at = `${where} row ${i + 2} ${column}`;
      // A cell the export protects from spreadsheets (a leading apostrophe) is read without it.
      if (column === 'text' || column === 'text_b' || column === 'quote') return [{ where: at, outlet, phrase: cell.replace(/^'(?=[=+\-@])/, '') }];
      if (column === 'words') return quotedPhrases(cell).map((phrase) => ({ where: at, outlet, phrase }));
      return [];
    }),
  );
}

const wrong = (claims: Claim[]) => claims.filter((c) => !inArticle(c.outlet, c.phrase)).map((c) => `${c.where}: ${c.outlet}: “${c.phrase}”`);

describe('quoted phrases extracted as a reader sees them', () => {
  it('take curly pairs and straight pairs that open and close as quotes, not apostrophes or lone marks', () => {
    expect(quotedPhrases('TASS: “online meeting” ×1; RT’s "video conference", and 5" of snow')).toEqual(['online meeting', 'video conference']);
  });
  it('attribute by the nearest data-outlet, else by the outlet page, and skip the article copy', () => {
    const html =
      '<p data-outlet="rt">“a”</p><p>“b”</p><article class="article"><p>“c”</p></article><td data-outlet="tass"><span class="words" data-outlet="tass">“d”</span></td>' +
      '<li data-outlet-pair="rt tass"><q>e</q> <q data-quote-of="rt">f</q></li><p class="source">Source: “g”</p>';
    expect(pageClaims(html, 'x', 'rt').map((c) => `${c.outlet}:${c.phrase}`)).toEqual(['rt:e', 'tass:e', 'rt:f', 'rt:a', 'rt:b', 'tass:d']);
    expect(pageClaims(html, 'x', null).map((c) => `${c.outlet}:${c.phrase}`)).toEqual(['rt:e', 'tass:e', 'rt:f', 'rt:a', 'tass:d']);
  });
});

describe('every phrase in quotation marks attributed to an outlet is in its article', () => {
  const pages = htmlFiles(dist).map((file) => {
    const rel = path.relative(dist, file);
    const outlet = /^outlets\/([^/]+)\//.exec(rel.split(path.sep).join('/'))?.[1] ?? null;
    return { rel, claims: pageClaims(readFileSync(file, 'utf8'), rel, outlet && outlets.has(outlet) ? outlet : null) };
  });

  it('finds quotations attributed to outlets on the pages', () => {
    // The outlet pages quote each outlet's words in its framing at a glance; /compare/ in its tables.
    expect(pages.find((p) => p.rel.startsWith('compare'))!.claims.length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.rel.startsWith('outlets')).flatMap((p) => p.claims).length).toBeGreaterThan(20);
    // Every edition's page, the one-article edition's included, is read too.
    const editions = pages.filter((p) => /^events\/[^/]+\/index\.html$/.test(p.rel.split(path.sep).join('/')));
    expect(editions.length).toBe(new Set(sourceArticles().map((a) => a.event)).size);
    for (const p of editions) expect(p.claims.length, p.rel).toBeGreaterThan(0);
  });

  it('reads every edition’s own data files', () => {
    for (const event of new Set(sourceArticles().map((a) => a.event))) {
      expect(exports, event).toContain(`events/${event}/comparison.json`);
      expect(exports, event).toContain(`events/${event}/word-choice.csv`);
    }
  });

  it.each(pages.map((p) => [p.rel, p.claims] as const))('%s', (_, claims) => {
    expect(wrong(claims)).toEqual([]);
  });

  const data = path.join(dist, 'data');
  // The newest edition's files under /data/, and every edition's under /data/events/<id>/.
  const exports = (readdirSync(data, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.json') || f.endsWith('.csv'));
  it.each(exports)('the export %s', (file) => {
    const text = readFileSync(path.join(data, file), 'utf8');
    const claims = file.endsWith('.json') ? jsonClaims(JSON.parse(text), file, null) : csvClaims(text, file);
    expect(wrong(claims)).toEqual([]);
  });

  it('no page claims an article does not mention a topic: a marker not found is said as such', () => {
    for (const file of htmlFiles(dist)) {
      const $ = load(readFileSync(file, 'utf8'));
      $('article.article, script, style').remove();
      expect($('body').text(), path.relative(dist, file)).not.toMatch(/not mentioned|does not mention/i);
    }
  });

  it('checks the words of the word-choice and sources exports', () => {
    const claims = csvClaims(readFileSync(path.join(data, 'word-choice.csv'), 'utf8'), 'word-choice.csv');
    expect(claims.length).toBeGreaterThan(20);
  });
});
