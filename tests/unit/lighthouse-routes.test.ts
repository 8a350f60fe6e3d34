/** `npm run lighthouse` measures pages named by the built content, not by this edition. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lighthouseRoutes } from '../../src/build/lighthouse-routes.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-lighthouse-'));
  await mkdir(path.join(dir, 'search'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const site = async (home: string, data: unknown) => {
  await writeFile(path.join(dir, 'index.html'), `<html><body><nav><a href="/compare/">c</a></nav><main>${home}</main></body></html>`);
  await writeFile(
    path.join(dir, 'search/index.html'),
    `<html><body><script id="search-data" type="application/json">${JSON.stringify(data)}</script></body></html>`,
  );
};

describe('lighthouse routes', () => {
  it('take the first outlet the home page lists and the first example search', async () => {
    await site('<a href="/outlets/harbour-herald/">H</a><a href="/outlets/tass/">T</a>', { examples: ['"lakeshore accord"', 'tariffs'] });
    expect(await lighthouseRoutes(dir)).toEqual(['/', '/outlets/harbour-herald/', '/compare/', '/search/?q=%22lakeshore%20accord%22']);
  });

  it('search nothing when the edition gives no example', async () => {
    await site('<a href="/outlets/a/">A</a>', { examples: [] });
    expect((await lighthouseRoutes(dir))[3]).toBe('/search/');
  });

  it('stop when the home page links to no outlet', async () => {
    await site('<p>nothing</p>', {});
    await expect(lighthouseRoutes(dir)).rejects.toThrow('links to no outlet page');
  });
});
