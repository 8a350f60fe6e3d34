/**
 * "What differs" on the built /compare/, checked against the hand-made gold
 * reading (tests/fixtures/gold/reading.yaml): every note true, every quoted
 * word the outlet's own and in the paragraph its link opens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { fold } from '../../src/lib/fold.ts';
import { comparisonInput } from '../helpers/corpus.ts';
import { blockResolver, readReading } from '../helpers/gold-reading.ts';
import { root } from '../helpers/build.ts';
import { dist } from '../helpers/site.ts';

interface Entry {
  para: string;
  words: string;
  more_words?: string[];
  heading?: boolean;
  borderline?: boolean;
  block?: string;
}
const gold = readReading();
const figures = (parse(readFileSync(path.join(root, 'tests/fixtures/gold/reading.yaml'), 'utf8')) as { figures: Record<string, Entry[]> }).figures;
const { columns, event } = comparisonInput();
const resolve = blockResolver(columns);
const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim().toLowerCase();
const entries = (v: Entry[] | string | undefined): Entry[] => (Array.isArray(v) ? v : []);
/** Gold entries that place the thing in the body the engine reads (not a heading, not a judgement call). */
const required = (v: Entry[] | string | undefined) => entries(v).filter((e) => !e.heading && e.para !== 'headline' && !e.borderline);
/** The outlets whose article is on the edition's event: topic notes compare these. */
const sameEvent = columns.filter((c) => c.eventId === event.id).map((c) => c.outletId);

let compare: Page;
const paragraphs = new Map<string, string>();
/** The text of the paragraph a link opens, read from the built outlet page. */
const paragraph = (href: string): string => {
  const [page, id] = href.split('#') as [string, string];
  const key = `${page}#${id}`;
  if (!paragraphs.has(key)) {
    const $ = load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
    const el = $(`[id="${id}"]`);
    expect(el.length, `${href} opens no paragraph`).toBe(1);
    paragraphs.set(key, el.text());
  }
  return paragraphs.get(key)!;
};

beforeAll(async () => {
  compare = (await loadSite(dist)).find((p) => p.route === '/compare/')!;
});

describe('What differs on /compare/', () => {
  it('comes first after the title, with its id, a one-line description and a few notes, the rest folded', () => {
    const { $ } = compare;
    const first = $('.compare > section').first();
    expect(first.attr('id')).toBe('what-differs');
    expect(first.find('> h2').text()).toBe('What differs');
    expect(first.find('> p.lede').text().length).toBeGreaterThan(20);
    expect(first.find('> ul.differs-notes > li').length).toBeLessThanOrEqual(12);
    expect(first.find('li[data-note]').length).toBeGreaterThan(first.find('> ul.differs-notes > li').length);
  });

  it('grids the aligned groups by outlet, each curated statement in one row, one column per outlet on the edition’s call and none for an article on another', () => {
    const { $ } = compare;
    const rows = $('#what-differs tbody tr');
    // One row per group /data/alignment.json gives the event, and one per curated statement no group holds (one outlet's).
    const alignment = JSON.parse(readFileSync(path.join(dist, 'data/alignment.json'), 'utf8')) as {
      events: { event: string; groups: { id: string }[] }[];
    };
    const groups = alignment.events.find((e) => e.event === event.id)!.groups.map((g) => `differs-${g.id}`);
    const ids = rows.map((_, tr) => $(tr).attr('id')!).get();
    expect(ids.filter((id) => groups.includes(id)).sort()).toEqual([...groups].sort());
    // Every statement of the statements table is named by exactly one row, by a link to it, which stays on the page.
    $('#statements tbody tr').each((_, tr) => expect($(`#what-differs tbody th a[href="#${$(tr).attr('id')}"]`).length).toBe(1));
    for (const id of ids.filter((x) => !groups.includes(x))) expect($(`#${id} th a[href^="#statement-"]`).length, id).toBe(1);
    // "Not reported" is the curated table's word; the grid says what the aligner found.
    expect($('#what-differs td').text()).not.toContain('Not reported');
    expect(
      $('#what-differs thead th[data-outlet]')
        .map((_, th) => $(th).attr('data-outlet'))
        .get(),
    ).toEqual(columns.map((c) => c.outletId));
    expect(columns.every((c) => c.eventId === event.id)).toBe(true);
    expect($('#what-differs td[data-outlet="kyiv-independent"]').length).toBe(0);
    // Every "Reported" and "Own framing" cell links to a paragraph of its outlet.
    $('#what-differs td[data-outlet] a').each((_, a) =>
      expect($(a).attr('href')).toMatch(new RegExp(`^/outlets/${$(a).closest('td').attr('data-outlet')}/#`)),
    );
  });

  it('quotes only words the linked paragraph holds, each marked as its outlet’s', () => {
    const { $ } = compare;
    const quoted = $('#what-differs li[data-note] span[data-outlet] > a');
    expect(quoted.length).toBeGreaterThan(5);
    quoted.each((_, a) => {
      const href = $(a).attr('href')!;
      const outlet = $(a).parent().attr('data-outlet')!;
      expect(href.startsWith(`/outlets/${outlet}/#`), href).toBe(true);
      const words = $(a).text().replace(/^“|”$/g, '');
      expect(norm(paragraph(href)), `${href}: “${words}”`).toContain(norm(words));
    });
  });

  it('makes every note the gold reading supports', () => {
    const { $ } = compare;
    const notes = $('#what-differs li[data-note]');
    const kinds = new Set<string>();
    notes.each((_, li) => {
      const kind = $(li).attr('data-note')!;
      kinds.add(kind);
      const text = $(li).text();
      expect(text).not.toMatch(/does not mention|doesn't mention|leaves out|omits|ignores/i);
      const quotes = $(li)
        .find('span[data-outlet] > a')
        .map((_, a) => ({
          outlet: $(a).parent().attr('data-outlet')!,
          block: $(a).attr('href')!.split('#')[1]!,
          words: $(a).text().replace(/^“|”$/g, ''),
        }))
        .get();
      const rowIds = $(li)
        .find('a[href^="#"]')
        .map((_, a) => $(a).attr('href')!.split('#')[1]!)
        .get();
      if (kind === 'words') {
        const group = rowIds[0]!.replace(/^word-/, '');
        for (const q of quotes) {
          const ok = entries(gold.word_choice[group]?.[q.outlet]).some(
            (e) =>
              resolve(q.outlet, e) === q.block &&
              [e.words, ...(e.more_words ?? [])].some((w) => norm(w).includes(norm(q.words)) || norm(q.words).includes(norm(w))),
          );
          expect(ok, `${text}: gold has no ${group} wording “${q.words}” for ${q.outlet} in #${q.block}`).toBe(true);
        }
      } else if (kind === 'figures') {
        for (const q of quotes) {
          const ok = entries(figures[q.outlet]).some((e) => resolve(q.outlet, e) === q.block && norm(e.words).includes(norm(q.words)));
          expect(ok, `${text}: gold has no figure “${q.words}” for ${q.outlet} in #${q.block}`).toBe(true);
        }
      } else if (kind === 'only') {
        const topic = rowIds[0]!.replace(/^coverage-/, '');
        const [q] = quotes;
        expect(
          required(gold.topics[topic]?.[q!.outlet]).some((e) => resolve(q!.outlet, e) === q!.block),
          `${text}: gold does not place ${topic} in #${q!.block}`,
        ).toBe(true);
        for (const other of sameEvent.filter((o) => o !== q!.outlet))
          expect(required(gold.topics[topic]?.[other]), `${text}: gold finds ${topic} in ${other}`).toEqual([]);
      } else if (kind === 'no-marker') {
        const outlet = columns.find((c) => text.endsWith(`found in ${nameOf(c.outletId)}'s article.`))?.outletId;
        expect(outlet, text).toBeDefined();
        for (const row of rowIds) {
          const topic = row.replace(/^coverage-/, '');
          expect(required(gold.topics[topic]?.[outlet!]), `${text}: gold finds ${topic} in ${outlet}`).toEqual([]);
        }
      } else throw new Error(`unknown note kind ${kind}`);
    });
    // No figures note: the 2026 call's outlets state no figures that disagree (the one that did was the 2025 call's, now its own edition).
    expect(kinds).toEqual(new Set(['only', 'words', 'no-marker']));
  });
});

function nameOf(outlet: string): string {
  return compare.$(`#what-differs thead th[data-outlet="${outlet}"]`).clone().children().remove().end().text().trim();
}
