/**
 * Build-output tests over dist/: every page has the site's frame, and every
 * outlet page shows its article faithfully, block by block. (The build itself
 * refuses a site that fails its integrity checks: tests/unit/checks.test.ts
 * shows what they catch, tests/build/bad-content.test.ts that they stop it.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleBlocks, contentDir, dist, outletIds, pageAt, sourceArticles } from '../helpers/site.ts';

/** The newest edition's event in content/: the home page's. */
const NEWEST = 'putin-xi-call-2026-02-04';
let pages: Page[];
const page = (route: string) => pageAt(pages, route);

beforeAll(async () => {
  pages = await loadSite(dist);
});

describe('every page', () => {
  it('includes home, compare, search, 404, offline and one page per outlet (and the reader pages: reader.test.ts)', () => {
    expect(
      pages
        .map((p) => p.route)
        .filter((r) => !r.startsWith('/events/') && !r.startsWith('/editions/'))
        .sort(),
    ).toEqual(['/', '/404.html', '/compare/', '/offline/', '/search/', ...outletIds().map((id) => `/outlets/${id}/`)].sort());
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
    expect(page('/outlets/tass/').$('nav[aria-label="Main"] a[aria-current="page"]').length).toBe(0);
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

  it.each(articles)('$outlet gives every block a link to itself, named by what it shows and then what it does', ({ outlet }) => {
    const { $ } = page(`/outlets/${outlet}/`);
    $('.article-body [data-block]').each((_, el) => {
      const link = $(el).children('a.block-link');
      expect(link.attr('href')).toBe(`#${$(el).attr('id')}`);
      expect(link.text()).toMatch(/^(¶\d+|§)$/);
      // Label in name (WCAG 2.5.3): the name starts with the text shown, so "click ¶3" works by voice.
      expect(link.attr('aria-label')).toMatch(/^(¶(\d+): link to paragraph \2|§: link to section “.+”)$/);
      expect(link.attr('aria-label')!.startsWith(`${link.text()}: `)).toBe(true);
    });
  });

  it.each(articles)('$outlet shows the headline, the dates and a link to the original', ({ outlet, front }) => {
    const { $ } = page(`/outlets/${outlet}/`);
    expect($('.headline').text()).toBe(front['headline']);
    expect($(`.copy-note a[href="${String(front['url'])}"]`).length).toBe(1);
    const published = String(front['published']);
    if (published === 'undated') expect($('.meta').text()).toContain('Undated');
    else expect($(`.meta time[datetime="${published}"]`).length).toBe(1);
    expect($('h1').text()).toBe(String((parse(readFileSync(path.join(contentDir, 'outlets', `${outlet}.yaml`), 'utf8')) as { name: string }).name));
  });

  it('marks supplied headlines as not the outlet’s words', () => {
    for (const { outlet, front } of articles) {
      const note = page(`/outlets/${outlet}/`).$('.article-header').text();
      expect(note.includes('Headline supplied by Parallax'), outlet).toBe(front['headlineSupplied'] === true);
    }
  });

  it('flags on the home page’s cards a headline the captured page does not print, with where it came from', () => {
    const { $ } = page('/');
    for (const { outlet, front } of articles.filter((a) => a.event === NEWEST)) {
      const card = $(`#card-${outlet}`).closest('.card');
      const flagged = front['headlineSupplied'] === true || front['headlineSource'] !== undefined;
      expect(card.find('.headline q').length, outlet).toBe(flagged ? 0 : 1);
      if (front['headlineSource']) expect(card.find('.tag').text(), outlet).toContain(`Headline ${String(front['headlineSource'])}`);
    }
  });

  it('says where a byline the captured page does not print came from', () => {
    for (const { outlet, front } of articles) {
      const byline = page(`/outlets/${outlet}/`).$('.meta').text();
      const note = page(`/outlets/${outlet}/`).$('.article-header').text();
      if (front['bylineSource']) {
        expect(byline, outlet).toContain(String(front['bylineSource']));
        // Said once: beside the byline, or in the headline's note when both come from one place.
        expect(note, outlet).toMatch(/the captured page (does not print it|did not show it)/);
      } else expect(byline, outlet).not.toContain('the captured page does not print it');
    }
  });

  it('counts outlets for what they cover: no description counts the Kyiv Independent as coverage of the 2026 call', () => {
    // The home page is the newest edition: the four outlets on it, and the earlier call as an earlier edition.
    expect(page('/').$('meta[name="description"]').attr('content')).toBe(
      'How 4 outlets covered the Putin–Xi video call, 4 February 2026. The full articles, side by side, and 1 earlier edition.',
    );
    // /compare/ is the 2026 edition: the four outlets that covered it, and no other.
    const compare = page('/compare/');
    expect(compare.$('meta[name="description"]').attr('content')).toMatch(/^How 4 outlets covered the Putin–Xi video call, 4 February 2026\./);
    const ld = compare
      .$('script[type="application/ld+json"]')
      .get()
      .map((s) => JSON.parse(compare.$(s).text()) as { '@type'?: string; name?: string })
      .find((x) => x['@type'] === 'Dataset');
    expect(ld?.name).toBe('How 4 outlets covered the Putin–Xi video call, 4 February 2026');
    const alt = compare.$('meta[property="og:image:alt"]').attr('content');
    expect(alt).toBe("How 4 outlets covered the Putin–Xi video call, 4 February 2026: Devdiscourse, RT, Russia's Pivot to Asia, TASS");
  });

  it('flags the Kyiv Independent article as covering the earlier, 21 January 2025 call', () => {
    const notice = page('/outlets/kyiv-independent/').$('.event-notice').text();
    expect(notice).toContain('21 January 2025');
    expect(notice).toContain('not the one of 4 February 2026');
    // Its own edition, linked: the article is compared there, not on the newest edition.
    expect(page('/outlets/kyiv-independent/').$('.event-notice a').attr('href')).toBe('/events/putin-xi-call-2025-01-21/');
    for (const id of ['tass', 'rt', 'pivot-to-asia', 'devdiscourse']) expect(page(`/outlets/${id}/`).$('.event-notice').length, id).toBe(0);
  });

  it('shows Devdiscourse’s time in the offset it was published in', () => {
    expect(page('/outlets/devdiscourse/').$('.meta time[datetime="2026-02-04T16:41:00+05:30"]').text()).toBe('4 February 2026, 16:41 (UTC+05:30)');
  });
});

describe('home page', () => {
  const articles = sourceArticles();

  it('is the newest edition: its event, and one card per outlet on it with kind, country, headline, date and length', () => {
    const { $ } = page('/');
    expect($('h1').text()).toBe('Putin–Xi video call, 4 February 2026');
    const cards = $('.cards .card');
    expect(
      cards
        .find('h3 a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort(),
    ).toEqual(articles.filter((a) => a.event === NEWEST).map((a) => `/outlets/${a.outlet}/`));
    expect(cards.find('.event-notice').length).toBe(0);
    const rt = cards.filter((_, c) => $(c).find('h3').text() === 'RT');
    expect(rt.find('.kicker').text()).toBe('state-funded broadcaster · Russia');
    const pivot = cards.filter((_, c) => $(c).find('h3').text() === "Russia's Pivot to Asia");
    expect(pivot.find('.facts').text()).toContain('Undated');
    expect(pivot.find('.facts').text()).toMatch(/\d,\d{3} words/);
    expect($('.start a.button').attr('href')).toBe(`/events/${NEWEST}/`);
    expect($('.start a.button').text()).toBe('Compare the 4 outlets');
  });
});
