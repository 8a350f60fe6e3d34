/**
 * The pages `npm run lighthouse` measures, read from the built site so they
 * follow the content: home, the first outlet the home page lists,
 * /compare/, and /search/ running the edition's first example search.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

export async function lighthouseRoutes(dir: string): Promise<string[]> {
  const home = cheerio.load(await readFile(path.join(dir, 'index.html'), 'utf8'));
  const outlet = home('main a[href^="/outlets/"]').first().attr('href');
  if (!outlet) throw new Error(`${path.join(dir, 'index.html')} links to no outlet page: is the build complete?`);
  const search = cheerio.load(await readFile(path.join(dir, 'search/index.html'), 'utf8'));
  const data = JSON.parse(search('#search-data').text() || '{}') as { examples?: string[] };
  const example = data.examples?.[0];
  return ['/', outlet, '/compare/', example ? `/search/?q=${encodeURIComponent(example)}` : '/search/'];
}
