/** Links that travel: canonical, description, share cards, JSON-LD, sitemap, robots, manifest. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { ALIAS_ROUTES, eventPath } from '../../src/lib/paths.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { dist, outletIds, sourceArticles } from '../helpers/site.ts';

const site = process.env['PARALLAX_SITE'] || 'https://parallax.example';
let pages: Page[];
let content: Page[];
beforeAll(async () => {
  pages = await loadSite(dist);
  // Not the 404 and offline pages: they are not content, have no canonical address and are not in the sitemap.
  content = pages.filter((p) => !['/404.html', '/offline/'].includes(p.route));
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
const local = (url: string) => path.join(dist, new URL(url).pathname);
const meta = (p: Page, key: string) => p.$(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

describe('every content page', () => {
  it('has a canonical address, a description, Open Graph and Twitter tags', () => {
    for (const p of content) {
      // /compare/ is the newest edition's page at a stable address: that page is its canonical one.
      const canonical = p.route === '/compare/' ? eventPath(readCorpus().mainEvent.id) : p.route;
      expect(p.$('link[rel="canonical"]').attr('href'), p.route).toBe(new URL(canonical, site).href);
      for (const key of [
        'description',
        'og:title',
        'og:description',
        'og:image',
        'og:image:alt',
        'og:url',
        'og:type',
        'twitter:card',
        'twitter:image',
        'twitter:image:alt',
      ]) {
        expect(meta(p, key)?.trim(), `${p.route} ${key}`).toBeTruthy();
      }
      expect(meta(p, 'twitter:card'), p.route).toBe('summary_large_image');
      expect(meta(p, 'og:url'), p.route).toBe(new URL(canonical, site).href);
    }
  });

  it('points og:image at a 1200 × 630 PNG that exists', async () => {
    for (const p of content) expect(await pngSize(local(meta(p, 'og:image')!)), p.route).toEqual([1200, 630]);
  });

  it('gives outlet pages and /compare/ their own share card, describing them', () => {
    for (const id of outletIds()) {
      const p = pages.find((x) => x.route === `/outlets/${id}/`)!;
      expect(meta(p, 'og:image')).toBe(new URL(`/og/outlets/${id}.png`, site).href);
      expect(meta(p, 'og:image:alt')).toContain(p.$('h1').text());
      expect(meta(p, 'og:type')).toBe('article');
    }
    expect(
      meta(
        pages.find((x) => x.route === '/compare/')!,
        'og:image',
      ),
    ).toBe(new URL('/og/compare.png', site).href);
  });
});

describe('structured data', () => {
  const ld = (p: Page) => JSON.parse(p.$('script[type="application/ld+json"]').text()) as Record<string, unknown>;

  it('describes each outlet page as a NewsArticle based on the original', () => {
    for (const a of sourceArticles()) {
      const p = pages.find((x) => x.route === `/outlets/${a.outlet}/`)!;
      const data = ld(p);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data['headline']).toBe(a.front['headline']);
      expect((data['isBasedOn'] as { url: string }).url).toBe(a.front['url']);
      // Parallax publishes the copy; the outlet is the original's publisher and the copy's source.
      expect((data['publisher'] as { name: string }).name).toBe('Parallax');
      expect((data['sourceOrganization'] as { name: string }).name).toBe(p.$('h1').text());
      expect(data['url']).toBe(new URL(p.route, site).href);
      const published = String(a.front['published']);
      if (published === 'undated') expect(data['datePublished']).toBeUndefined();
      else expect(data['datePublished']).toBe(published);
    }
  });

  it('describes /compare/ as a Dataset whose downloads exist', async () => {
    const data = ld(pages.find((x) => x.route === '/compare/')!);
    expect(data['@type']).toBe('Dataset');
    const downloads = data['distribution'] as { contentUrl: string; encodingFormat: string }[];
    expect(downloads.map((d) => d.encodingFormat)).toContain('application/json');
    for (const d of downloads) await expect(readFile(local(d.contentUrl))).resolves.toBeTruthy();
    // Based on the newest edition's articles: the ones it compares.
    const newest = readCorpus().mainEvent.id;
    expect((data['isBasedOn'] as string[]).length).toBe(sourceArticles().filter((a) => a.event === newest).length);
  });
});

describe('sitemap, robots, manifest', () => {
  it('lists every page in the sitemap, and nothing else', async () => {
    const xml = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Canonical addresses only: /compare/ (the newest edition at a stable address) is listed as its edition's page.
    expect(locs.sort()).toEqual(
      content
        .filter((p) => !ALIAS_ROUTES.includes(p.route))
        .map((p) => new URL(p.route, site).href)
        .sort(),
    );
    expect(locs).not.toContain(new URL('/compare/', site).href);
    expect(locs).toContain(new URL(eventPath(readCorpus().mainEvent.id), site).href);
    expect(await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8')).toContain(new URL('/sitemap-0.xml', site).href);
  });

  it('points robots.txt at the sitemap', async () => {
    expect(await readFile(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  });

  it('has a web manifest whose icons exist at their stated sizes', async () => {
    const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string }[] };
    for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
      const [w, h] = await pngSize(path.join(dist, icon.src));
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    for (const p of pages) expect(p.$('link[rel="manifest"]').attr('href'), p.route).toBe('/manifest.webmanifest');
  });

  it('has a 404 page that is not indexed and leads to the outlets and search', () => {
    const p = pages.find((x) => x.route === '/404.html')!;
    expect(p.$('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(p.$('a[href^="/outlets/"]').length).toBe(outletIds().length);
    expect(p.$('form[action="/search/"]').length).toBe(1);
  });

  it('has an offline page that is not indexed and leads to the home page, the comparison, search and the outlets', () => {
    const p = pages.find((x) => x.route === '/offline/')!;
    expect(p.$('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(p.$('main a[href^="/outlets/"]').length).toBe(outletIds().length);
    for (const href of ['/', '/compare/', '/search/']) expect(p.$(`main a[href="${href}"]`).length, href).toBe(1);
  });
});

describe('every outlet page says it is a copy', () => {
  it('links the original and says when it was captured, or that the date was not recorded', () => {
    for (const a of sourceArticles()) {
      const note = pages.find((x) => x.route === `/outlets/${a.outlet}/`)!.$('.copy-note');
      expect(note.text()).toContain('A copy kept word for word for comparison');
      expect(note.find(`a[href="${String(a.front['url'])}"]`).length).toBe(1);
      expect(note.text()).toMatch(a.front['captured'] ? /captured on \d+ \w+ \d{4}/ : /capture date not recorded/);
    }
  });
});
