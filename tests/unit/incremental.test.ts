/**
 * The build script's half of incremental builds (src/build/incremental.ts):
 * what the build key covers, and how an unchanged edition's files are taken
 * from the last build. The whole round trip (a correction, a rebuild, the
 * same bytes as a full build) is tests/build/incremental.test.ts.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKeys, takeUnchangedEditions } from '../../src/build/incremental.ts';
import { editionOutputs, MANIFEST_FILE, type EditionManifest } from '../../src/lib/incremental.ts';

const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-incremental-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const manifest = (key: string, reused: string[]): EditionManifest => ({
  version: 1,
  editions: { e1: { key, files: editionOutputs('e1', [{ outlet: 'o', article: 'a1' }]) } },
  reused,
});

describe('the build key', () => {
  const article = (headline: string, body: string) => `---\noutlet: o\nevent: e1\nheadline: ${headline}\n---\n\n${body}\n`;

  it('leaves out the articles’ bodies, and covers their front matter, every other content file and the address', async () => {
    const content = await folder({ 'articles/a1.md': article('A', 'One.'), 'outlets/o.yaml': 'name: O\n' });
    const site = 'https://x.test/';
    const first = await buildKeys(root, content, site);
    await writeFile(path.join(content, 'articles/a1.md'), article('A', 'One. Corrected.'));
    expect(await buildKeys(root, content, site)).toEqual(first);
    await writeFile(path.join(content, 'articles/a1.md'), article('B', 'One. Corrected.'));
    const headline = await buildKeys(root, content, site);
    expect(headline.build).not.toBe(first.build);
    expect(headline.code).toBe(first.code);
    await writeFile(path.join(content, 'outlets/o.yaml'), 'name: P\n');
    expect((await buildKeys(root, content, site)).build).not.toBe(headline.build);
    expect((await buildKeys(root, content, 'https://y.test/')).build).not.toBe((await buildKeys(root, content, site)).build);
  });
});

describe('taking an unchanged edition from the last build', () => {
  const lastFiles = {
    'events/e1/index.html': '<h1>e1</h1>',
    'events/e1/index.html.br': 'br',
    'events/e1/read/index.html': '<h1>read</h1>',
    'data/events/e1/comparison.json': '{}',
    'outlets/o/a1/index.html': '<h1>a1</h1>',
    'events/e2/index.html': '<h1>e2</h1>',
  };

  it('hard-links its files (not their compressed copies, which compression links) and lists its pages for the sitemap', async () => {
    const last = await folder({ ...lastFiles, [MANIFEST_FILE]: JSON.stringify(manifest('k', [])) });
    const staging = await folder({ 'editions.json': JSON.stringify(manifest('k', ['e1'])) });
    const out = path.join(staging, 'site');
    const taken = await takeUnchangedEditions(last, out, path.join(staging, 'editions.json'));
    expect(taken.pages.sort()).toEqual(['/events/e1/', '/events/e1/read/', '/outlets/o/a1/']);
    for (const file of ['events/e1/index.html', 'data/events/e1/comparison.json']) {
      expect((await stat(path.join(out, file))).ino).toBe((await stat(path.join(last, file))).ino);
    }
    await expect(stat(path.join(out, 'events/e1/index.html.br'))).rejects.toThrow();
    await expect(stat(path.join(out, 'events/e2/index.html'))).rejects.toThrow();
    // The manifest kept for the next build is a full build's: no editions listed as taken.
    expect(JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8'))).toEqual(manifest('k', []));
  });

  it('stops with a clear error when another build replaced the last one since the Astro step read it', async () => {
    const last = await folder({ ...lastFiles, [MANIFEST_FILE]: JSON.stringify(manifest('other', [])) });
    const staging = await folder({ 'editions.json': JSON.stringify(manifest('k', ['e1'])) });
    await expect(takeUnchangedEditions(last, path.join(staging, 'site'), path.join(staging, 'editions.json'))).rejects.toThrow(
      /was replaced by another build while this one ran, and no longer holds the unchanged editions e1: build again/,
    );
  });
});
