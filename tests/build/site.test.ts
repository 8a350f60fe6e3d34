/**
 * Build-output tests over dist/: every page is well-formed and findable, and
 * every outlet page shows its article faithfully, block by block.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite, loadSite, type Page } from '../../src/build/checks.ts';
import { articleBlocks, dist, outletIds, sourceArticles } from '../helpers/site.ts';

const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
let pages: Page[];
const page = (route: string): Page => {
  const found = pages.find((p) => p.route === route);
  if (!found) throw new Error(`no page ${route} in ${dist}`);
  return found;
};

beforeAll(async () => {
  pages = await loadSite(dist);
});

describe('every page', () => {
  it('includes home, compare, search, 404 and one page per outlet', () => {
    expect(pages.map((p) => p.route).sort()).toEqual(
      ['/', '/404.html', '/compare/', '/search/', ...outletIds().map((id) => `/outlets/${id}/`)].sort(),
    );
  });

  it('passes the integrity checks: lang, title, canonical, one h1, unique ids, links and anchors resolve', async () => {
    expect(await checkSite(dist, site)).toEqual([]);
  });

  it('has a skip link to the main landmark, a labelled main nav and a search form to /search/', () => {
    for (const { $, route } of pages) {
      expect($('a.skip-link').attr('href'), route).toBe('#main');
      expect($('main#main').length, route).toBe(1);
      expect(
        $('nav[aria-label="Main"] a')
          .map((_, a) => $(a).attr('href'))
          .get(),
        route,
      ).toEqual(['/', '/compare/', '/search/']);
      expect($('form[role="search"][action="/search/"][method="get"] input[name="q"]').length, route).toBeGreaterThanOrEqual(1);
    }
  });

  it('marks the current section with aria-current', () => {
    expect(page('/').$('nav a[aria-current="page"]').text()).toBe('Home');
    expect(page('/compare/').$('nav a[aria-current="page"]').text()).toBe('Compare');
    expect(page('/outlets/tass/').$('nav a[aria-current="page"]').length).toBe(0);
  });
});

describe('the integrity checks themselves', () => {
  it('catch a broken link, a missing anchor, two h1s and a missing lang', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parallax-checks-'));
    try {
      await mkdir(path.join(dir, 'a'));
      const head = (title: string, route: string) => `<head><title>${title}</title><link rel="canonical" href="https://x.test${route}"></head>`;
      await writeFile(
        path.join(dir, 'index.html'),
        `<html lang="en">${head('Home', '/')}<body><h1>Home</h1><a href="/a/#nope">a</a><a href="/missing/">m</a></body></html>`,
      );
      await writeFile(path.join(dir, 'a/index.html'), `<html>${head('A', '/a/')}<body><h1>A</h1><h1>B</h1><p id="x">x</p></body></html>`);
      expect(await checkSite(dir, 'https://x.test')).toEqual([
        { route: '/a/', problem: '<html> has no lang attribute' },
        { route: '/a/', problem: 'has 2 <h1> elements, expected exactly 1' },
        { route: '/', problem: 'links to /a/#nope, which has no element with that id' },
        { route: '/', problem: 'links to /missing/, which does not exist' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the security checks of the integrity checks', () => {
  it('catch an inline handler, a javascript: URL and an inline script the policy does not name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parallax-checks-'));
    try {
      const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${createHash('sha256').update('ok()').digest('base64')}'">`;
      await writeFile(
        path.join(dir, 'index.html'),
        `<html lang="en"><head><title>T</title><link rel="canonical" href="https://x.test/">${policy}</head><body><h1 onclick="x()">T</h1>` +
          `<a href="javascript:alert(1)">a</a><script>ok()</script><script>evil()</script><script type="application/ld+json">{}</script></body></html>`,
      );
      expect((await checkSite(dir, 'https://x.test')).map((p) => p.problem)).toEqual([
        'has an inline script whose hash is not in its Content-Security-Policy: evil()',
        'has an inline event handler onclick on <h1>',
        'has a javascript: URL in href',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('outlet pages', () => {
  const articles = sourceArticles();

  it.each(articles)('$outlet shows every block of its article, in order, with the same id and text', ({ outlet, body }) => {
    const { $ } = page(`/outlets/${outlet}/`);
    const rendered = $('.article-body [data-block]')
      .map((_, el) => {
        const clone = $(el).clone();
        clone.find('.block-link').remove();
        return { id: $(el).attr('id'), text: clone.text().replace(/\s+/g, ' ').trim() };
      })
      .get();
    expect(rendered).toEqual(articleBlocks(body).map((b) => ({ id: b.id, text: b.text })));
  });

  it.each(articles)('$outlet gives every block a link to itself, labelled for screen readers', ({ outlet }) => {
    const { $ } = page(`/outlets/${outlet}/`);
    $('.article-body [data-block]').each((_, el) => {
      const link = $(el).children('a.block-link');
      expect(link.attr('href')).toBe(`#${$(el).attr('id')}`);
      expect(link.attr('aria-label')).toMatch(/^Link to (paragraph \d+|section “.+”)$/);
      expect(link.text()).toMatch(/^(¶\d+|§)$/);
    });
  });

  it.each(articles)('$outlet shows the headline, the dates and a link to the original', ({ outlet, front }) => {
    const { $ } = page(`/outlets/${outlet}/`);
    expect($('.headline').text()).toBe(front['headline']);
    expect($(`.copy-note a[href="${String(front['url'])}"]`).length).toBe(1);
    const published = String(front['published']);
    if (published === 'undated') expect($('.meta').text()).toContain('Undated');
    else expect($(`.meta time[datetime="${published}"]`).length).toBe(1);
    expect($('h1').text()).toBe(page('/').$(`a[href="/outlets/${outlet}/"]`).first().text());
  });

  it('marks supplied headlines as not the outlet’s words', () => {
    for (const { outlet, front } of articles) {
      const note = page(`/outlets/${outlet}/`).$('.article-header').text();
      expect(note.includes('Headline supplied by Parallax'), outlet).toBe(front['headlineSupplied'] === true);
    }
  });

  it('flags the Kyiv Independent article as covering the earlier, 21 January 2025 call', () => {
    const notice = page('/outlets/kyiv-independent/').$('.event-notice').text();
    expect(notice).toContain('21 January 2025');
    expect(notice).toContain('not the one of 4 February 2026');
    for (const id of ['tass', 'rt', 'pivot-to-asia', 'devdiscourse']) expect(page(`/outlets/${id}/`).$('.event-notice').length, id).toBe(0);
  });

  it('shows Devdiscourse’s time in the offset it was published in', () => {
    expect(page('/outlets/devdiscourse/').$('.meta time[datetime="2026-02-04T16:41:00+05:30"]').text()).toBe('4 February 2026, 16:41 (UTC+05:30)');
  });
});

describe('home page', () => {
  it('names the event and shows one card per outlet with kind, country, headline, date, length and event', () => {
    const { $ } = page('/');
    expect($('h1').text()).toBe('Putin–Xi video call, 4 February 2026');
    const cards = $('.cards .card');
    expect(cards.length).toBe(outletIds().length);
    const kyiv = cards.filter((_, c) => $(c).find('h3').text() === 'The Kyiv Independent');
    expect(kyiv.find('.kicker').text()).toBe('online newspaper · Ukraine');
    expect(kyiv.find('.facts').text()).toContain('Putin–Xi video call, 21 January 2025');
    expect(kyiv.find('.event-notice').text()).toContain('Different call');
    const pivot = cards.filter((_, c) => $(c).find('h3').text() === "Russia's Pivot to Asia");
    expect(pivot.find('.facts').text()).toContain('Undated');
    expect(pivot.find('.facts').text()).toMatch(/\d,\d{3} words/);
  });
});
