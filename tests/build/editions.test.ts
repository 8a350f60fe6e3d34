/**
 * The editions on the built site: one page per event with an article
 * (/events/<id>/), the 2025 call as its own edition holding the Kyiv
 * Independent's article, the 2026 edition comparing only the outlets that
 * covered it and saying where earlier coverage is; /compare/ as the newest
 * edition with every row address it had before; each edition's data files.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { compareRowId as row, eventDataPath, eventPath, searchPath } from '../../src/lib/paths.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { contentDir, dist, pageAt, sourceArticles } from '../helpers/site.ts';

const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
const NEWEST = 'putin-xi-call-2026-02-04';
const EARLIER = 'putin-xi-call-2025-01-21';

let pages: Page[];
const page = (route: string) => pageAt(pages, route);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const outletsOf = (p: Page, section = '#outlets') =>
  p
    .$(`${section} thead th[data-outlet]`)
    .map((_, th) => p.$(th).attr('data-outlet'))
    .get();

beforeAll(async () => {
  pages = await loadSite(dist);
});

describe('the edition pages', () => {
  it('gives every event with at least one article its page, and no other event one', () => {
    const covered = new Set(sourceArticles().map((a) => a.event));
    const events = readdirSync(path.join(contentDir, 'events')).map((f) => f.replace(/\.ya?ml$/, ''));
    expect(covered.size).toBeGreaterThan(1);
    for (const id of events)
      expect(
        pages.some((p) => p.route === eventPath(id)),
        id,
      ).toBe(covered.has(id));
    expect(pages.filter((p) => /^\/events\/[^/]+\/$/.test(p.route)).length).toBe(covered.size);
  });

  it('holds the Kyiv Independent’s article in the 2025 call’s edition, which says it has one article and offers search and the nearest events', () => {
    const p = page(eventPath(EARLIER));
    expect(p.$('h1').text()).toBe('Putin–Xi video call, 21 January 2025');
    expect(outletsOf(p)).toEqual(['kyiv-independent']);
    const intro = squash(p.$('.intro').text());
    expect(intro).toContain('One article on this call so far, so there is nothing to set beside it yet: The Kyiv Independent,');
    // Its headline is taken from the capture's metadata: never in quotation marks.
    expect(intro).toContain(
      "Xi declares readiness to bring China-Russia ties to 'new height' in call with Putin (headline taken from the capture's metadata)",
    );
    expect(p.$('.intro a[href="/outlets/kyiv-independent/"]').length).toBe(1);
    expect(p.$(`#search-event a[href="${searchPath({ event: EARLIER })}"]`).length).toBe(1);
    expect(p.$(`#nearest a[href="${eventPath(NEWEST)}"]`).text()).toBe('Putin–Xi video call, 4 February 2026');
    expect(squash(p.$('#nearest li').first().text())).toContain('(4 articles; also a call; in common: Putin, Xi, video, call, Russian…)');
    // Nothing to compare it with: no What differs, no reader pairs.
    expect(p.$('#what-differs, .reader-picker, #shared-wording').length).toBe(0);
    expect(p.$('#statements').text()).toContain('No statements made in the call are compared yet.');
  });

  it('compares in the 2026 edition exactly the outlets that covered it, in every table, and links its earlier coverage', () => {
    const p = page(eventPath(NEWEST));
    const covering = sourceArticles()
      .filter((a) => a.event === NEWEST)
      .map((a) => a.outlet)
      .sort();
    expect(covering).toEqual(['devdiscourse', 'pivot-to-asia', 'rt', 'tass']);
    expect([...outletsOf(p)].sort()).toEqual(covering);
    p.$('table').each((_, t) => {
      const heads = p
        .$(t)
        .find('thead th[data-outlet]')
        .map((__, th) => p.$(th).attr('data-outlet'))
        .get();
      expect([...heads].sort(), p.$(t).closest('section').attr('id')).toEqual(covering);
    });
    const earlier = p.$('.intro .earlier');
    expect(squash(earlier.text())).toBe('Earlier coverage: Putin–Xi video call, 21 January 2025 (The Kyiv Independent).');
    expect(
      earlier
        .find('a')
        .map((_, a) => p.$(a).attr('href'))
        .get(),
    ).toEqual([eventPath(EARLIER), '/outlets/kyiv-independent/']);
    expect(p.$('.flagged, .flag-mark').length).toBe(0);
    expect(p.$('.reader-picker form').attr('action')).toBe(`${eventPath(NEWEST)}read/`);
  });

  it('renders the newest edition at /compare/ too, with the same ids, and that edition’s page as canonical', () => {
    const compare = page('/compare/');
    const edition = page(eventPath(NEWEST));
    expect([...compare.ids].sort()).toEqual([...edition.ids].sort());
    expect(squash(compare.$('main').text())).toBe(squash(edition.$('main').text()));
    expect(compare.$('link[rel="canonical"]').attr('href')).toBe(new URL(eventPath(NEWEST), site).href);
    expect(edition.$('link[rel="canonical"]').attr('href')).toBe(new URL(eventPath(NEWEST), site).href);
    // Each keeps its own data addresses: /data/… on /compare/, as before; the edition's own on its page.
    expect(compare.$('#data a').first().attr('href')).toBe('/data/comparison.json');
    expect(edition.$('#data a').first().attr('href')).toBe(eventDataPath(NEWEST, 'comparison.json'));
  });

  it('keeps on /compare/ every row address it had before editions', () => {
    const topics = [
      'trade',
      'energy',
      'ukraine',
      'united-states',
      'iran',
      'venezuela-cuba',
      'taiwan',
      'strategic-stability',
      'technology',
      'education-visas',
      'multilateral',
      'putin-visit',
      'sanctions',
      'world-order',
    ];
    const statements = [
      'spring-all-year',
      'exemplary-partnership',
      'new-stage',
      'stabilizing-factor',
      'trade-above-200bn',
      'energy-first-supplier',
      'energy-mutually-beneficial',
      'nuclear-and-high-tech',
      'sovereignty-support',
      'strategic-stability',
      'un-centred-order',
      'wwii-outcome',
      'ukraine-discussed',
      'visit-invitation',
    ];
    const figures = [
      'trade-currencies',
      'agricultural-trade',
      'gas-prices',
      'gas-prices-ratio',
      'gas-volumes',
      'energy-purchases',
      'students',
      'visa-free-stay',
      'trade-total',
      'trade-total-percentage',
      'other',
    ];
    const words: Record<string, string[]> = {
      'ukraine-war': [
        'full-scale war',
        'full-scale invasion',
        'war',
        'conflict',
        'situation in Ukraine',
        'actions in Ukraine',
        'peace talks',
        'settlement',
        'Ukraine-related',
      ],
      relationship: [
        'partnership',
        'alliance',
        'tandem',
        'axis',
        'strategic cooperation or interaction',
        'relations',
        'cooperation between the two',
        'cooperation in one sector',
        'ties',
      ],
      'the-call': [
        'video call',
        'video conference',
        'online meeting',
        'virtual meeting or summit',
        'meeting',
        'conversation or discussion',
        'dialogue or exchange',
        'call',
      ],
      'xi-title': ['Chinese leader', 'Chinese President', 'Chinese counterpart', 'full name without a title', 'surname only'],
      pressure: ['Western sanctions', 'coercion', 'sanction regimes', 'pressure'],
    };
    const sources = [
      'kremlin',
      'xinhua',
      'ushakov',
      'finance-ministry',
      'gazprom',
      'nato',
      'chinese-government',
      'agencies',
      'unnamed-reports',
      'officials',
      'own-compilation',
    ];
    const before = [
      ...['what-differs', 'outlets', 'coverage', 'topics', 'statements', 'figures', 'word-choice', 'sources', 'shared-wording', 'data'],
      ...topics.flatMap((t) => [row.coverage(t), row.topic(t)]),
      ...statements.map(row.statement),
      ...figures.map(row.figures),
      ...Object.entries(words).flatMap(([g, labels]) => [row.wordGroup(g), ...labels.map((l) => row.word(g, l))]),
      ...sources.map(row.source),
      row.shared('rt', 'pivot-to-asia', 1),
      row.shared('rt', 'tass', 2),
    ];
    expect(new Set(before).size).toBe(116);
    const { ids } = page('/compare/');
    expect(before.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every edition its data: JSON and CSV for its own outlets, the newest’s also at the addresses /compare/ always used', async () => {
    const corpus = readCorpus();
    for (const { event, articles } of corpus.editions) {
      const json = JSON.parse(await readFile(path.join(dist, eventDataPath(event.id, 'comparison.json')), 'utf8')) as {
        event: { id: string };
        outlets: { id: string; href: string }[];
      };
      expect(json.event.id).toBe(event.id);
      expect(json.outlets.map((o) => o.id)).toEqual(articles.map((a) => a.outlet.id));
      const csv = await readFile(path.join(dist, eventDataPath(event.id, 'coverage.csv')), 'utf8');
      expect(csv.split('\n')[0]).toBe('topic,outlet,event,paragraphs,words,share,first_paragraph');
      for (const line of csv.trim().split('\n').slice(1)) expect(line.split(',')[2]).toBe(event.id);
    }
    expect(await readFile(path.join(dist, 'data/comparison.json'), 'utf8')).toBe(
      await readFile(path.join(dist, eventDataPath(NEWEST, 'comparison.json')), 'utf8'),
    );
    for (const table of ['coverage', 'statements', 'figures', 'word-choice', 'sources', 'shared-wording']) {
      expect(await readFile(path.join(dist, `data/${table}.csv`), 'utf8'), table).toBe(
        await readFile(path.join(dist, eventDataPath(NEWEST, `${table}.csv`)), 'utf8'),
      );
    }
  });

  it('has a share card per edition', () => {
    for (const id of [NEWEST, EARLIER]) {
      expect(page(eventPath(id)).$('meta[property="og:image"]').attr('content')).toBe(new URL(`/og/events/${id}.png`, site).href);
    }
  });
});
