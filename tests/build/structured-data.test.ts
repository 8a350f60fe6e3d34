/**
 * The JSON-LD on every built page, against what Google's structured-data guidance asks of each type
 * (Article/NewsArticle, Dataset, WebSite's search box) as far as the content allows. The data itself is typed with
 * schema-dts in src/lib/structured-data.ts; this checks what a type cannot: values, addresses, files.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { dist, outletIds, pageAt, sourceArticles } from '../helpers/site.ts';

// Parsed JSON-LD, read property by property in the assertions below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
let pages: Page[];
const ld = (route: string): Json => {
  const page = pageAt(pages, route);
  const blocks = page.$('script[type="application/ld+json"]');
  expect(blocks.length, route).toBe(1);
  return JSON.parse(blocks.text()) as Json;
};
/** An absolute address on this site whose file is in dist/. */
const builtFile = (url: string) => {
  expect(url.startsWith(new URL('/', site).href), url).toBe(true);
  const p = new URL(url).pathname;
  return existsSync(path.join(dist, p.endsWith('/') ? `${p}index.html` : p));
};

beforeAll(async () => {
  pages = await loadSite(dist);
});

/** Google: an Organization has a name and a url; a logo is an image with its address. */
function expectOrganization(org: Json, what: string) {
  expect(org['@type'], what).toBe('Organization');
  expect(org['name'], what).toEqual(expect.any(String));
  expect(org['url'], what).toMatch(/^https:\/\//);
}

describe('every page', () => {
  it('carries one schema.org JSON-LD block of a known type', () => {
    for (const { route } of pages) {
      const data = ld(route);
      expect(data['@context'], route).toBe('https://schema.org');
      expect(['WebSite', 'WebPage', 'SearchResultsPage', 'NewsArticle', 'Dataset'], route).toContain(data['@type']);
    }
  });
});

describe('outlet pages: NewsArticle', () => {
  it.each(outletIds())('%s has the headline, image, dates, authors and publisher Google recommends', (outlet) => {
    const data = ld(`/outlets/${outlet}/`);
    expect(data['@type']).toBe('NewsArticle');
    // The article this page shows, found by the original's address.
    const source = sourceArticles().find((a) => a.outlet === outlet && a.front['url'] === data['isBasedOn']['url']);
    expect(source, 'the source article of the page').toBeDefined();
    const front = source!.front;
    expect(data['headline']).toBe(front['headline']);
    expect(String(data['headline']).length).toBeLessThanOrEqual(110);
    // alternativeHeadline is only ever another headline, never a note about this one.
    expect(data['alternativeHeadline']).toBeUndefined();
    expect(builtFile(data['image'])).toBe(true);
    const published = front['published'];
    if (published !== 'undated')
      expect(Date.parse(data['datePublished'])).toBe(Date.parse(published instanceof Date ? published.toISOString() : String(published)));
    else expect(data['datePublished']).toBeUndefined();
    // Authors: people as Person, a desk as an Organization, and the outlet where no byline was printed.
    const authors = data['author'] as Json[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(['Person', 'Organization']).toContain(a['@type']);
    const byline = front['byline'];
    if (typeof byline === 'string') {
      expect(data['creditText']).toBe(byline);
      for (const a of authors) expect(byline).toContain(a['name']);
    } else {
      expect(authors).toHaveLength(1);
      expectOrganization(authors[0]!, 'author');
      expect(data['creditText']).toMatch(/no byline/);
    }
    // The publisher of this copy is Parallax, with its logo; the original and its outlet are named too.
    expectOrganization(data['publisher'], 'publisher');
    expect(data['publisher']['name']).toBe('Parallax');
    expect(builtFile(data['publisher']['logo']['url'])).toBe(true);
    expect(data['isBasedOn']['url']).toBe(front['url']);
    expectOrganization(data['isBasedOn']['publisher'], 'original publisher');
    expect(data['sourceOrganization']['name']).toBe(data['isBasedOn']['publisher']['name']);
    expect(data['mainEntityOfPage']).toBe(new URL(`/outlets/${outlet}/`, site).href);
  });

  it('names people as Person and a news desk as Organization', () => {
    const byName = new Map(outletIds().flatMap((id) => (ld(`/outlets/${id}/`)['author'] as Json[]).map((a) => [a['name'], a['@type']] as const)));
    expect(byName.get('Kateryna Hodunova')).toBe('Person');
    expect(byName.get('MD. Rana')).toBe('Person');
    expect(byName.get('Devdiscourse News Desk')).toBe('Organization');
  });
});

describe('/compare/: Dataset', () => {
  it('has the name, description, licence, creator and downloads Google asks of a Dataset', () => {
    const data = ld('/compare/');
    expect(data['@type']).toBe('Dataset');
    expect(data['name']).toEqual(expect.any(String));
    expect(String(data['description']).length).toBeGreaterThanOrEqual(50);
    expect(String(data['description']).length).toBeLessThanOrEqual(5000);
    expect(data['license']).toMatch(/^https:\/\/creativecommons\.org\/licenses\//);
    expectOrganization(data['creator'], 'creator');
    expect(data['isAccessibleForFree']).toBe(true);
    expect(Date.parse(data['dateModified'])).not.toBeNaN();
    expect(data['distribution'].length).toBeGreaterThan(0);
    for (const d of data['distribution'] as Json[]) {
      expect(d['@type']).toBe('DataDownload');
      expect(['application/json', 'text/csv']).toContain(d['encodingFormat']);
      expect(builtFile(d['contentUrl']), d['contentUrl']).toBe(true);
    }
  });
});

describe('/: WebSite', () => {
  it('describes the site with its search box as a SearchAction on /search/?q=', () => {
    const data = ld('/');
    expect(data['@type']).toBe('WebSite');
    expect(data['url']).toBe(new URL('/', site).href);
    expect(data['name']).toBe('Parallax');
    const action = data['potentialAction'] as Json;
    expect(action['@type']).toBe('SearchAction');
    expect(action['target']['urlTemplate']).toBe(`${new URL('/search/', site).href}?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
    expect(builtFile(new URL('/search/', site).href)).toBe(true);
  });

  it('marks /search/ as a search results page and the 404 page as a page of the site, with no address', () => {
    expect(ld('/search/')['@type']).toBe('SearchResultsPage');
    expect(ld('/search/')['isPartOf']['url']).toBe(new URL('/', site).href);
    expect(ld('/404.html')['@type']).toBe('WebPage');
    expect(ld('/404.html')['url']).toBeUndefined();
  });
});
