/**
 * The build script's half of incremental builds (the Astro step's half is
 * src/data/incremental.ts): the key of everything but the articles' bodies,
 * and, after the Astro step, the files of the editions it did not render,
 * taken from the last build.
 *
 * Taken as hard links: the last build's files are never written to (every
 * later step writes new files beside them), and linking 2 GB of pages costs
 * what listing them does.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MANIFEST_FILE, type EditionManifest } from '../lib/incremental.ts';
import { withLock } from './publish.ts';

/** The code that renders: a change to any of it renders every edition again. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

async function filesUnder(dir: string): Promise<string[]> {
  const s = await stat(dir).catch(() => undefined);
  if (!s) return [];
  if (s.isFile()) return [dir];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** An article's front matter (what lists and archives read); its body is keyed per edition by the Astro step. */
function frontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  // A file without one the build will reject; keyed whole, it is never taken for unchanged.
  return match ? match[0] : text;
}

/**
 * The keys of a build: `code`, of the code that renders (what the sentence alignment kept between builds is keyed
 * by), and `build`, the one every edition's own key starts from: the code, the public address, and every content
 * file, articles by their front matter only.
 */
export async function buildKeys(root: string, contentRoot: string, site: string): Promise<{ code: string; build: string }> {
  const code = createHash('sha256');
  for (const top of CODE) {
    for (const file of await filesUnder(path.join(root, top))) code.update(`code ${path.relative(root, file)}\n`).update(await readFile(file));
  }
  const codeKey = code.digest('hex');
  const hash = createHash('sha256').update(`code ${codeKey}\nsite ${site}\n`);
  const articles = path.join(contentRoot, 'articles');
  for (const file of await filesUnder(contentRoot)) {
    const data = await readFile(file);
    const isArticle = path.dirname(file) === articles && file.endsWith('.md');
    hash.update(`content ${path.relative(contentRoot, file)}\n`).update(isArticle ? frontMatter(data.toString('utf8')) : data);
  }
  return { code: codeKey, build: hash.digest('hex') };
}

/** Links `from` (a file, or a folder's files but the compressed copies, which the compression step links itself) as `to`; returns the files linked, relative to `to`'s site folder `out`. */
async function linkTree(from: string, to: string, out: string): Promise<string[]> {
  const s = await stat(from).catch(() => undefined);
  if (!s) return [];
  const files = s.isFile() ? [from] : (await filesUnder(from)).filter((f) => !/\.(br|gz)$/.test(f));
  const linked: string[] = [];
  for (const file of files) {
    const target = path.join(to, path.relative(from, file));
    await mkdir(path.dirname(target), { recursive: true });
    await link(file, target);
    linked.push(path.relative(out, target));
  }
  return linked;
}

/** What the last run of takeUnchangedEditions took: the editions, and the site paths of their pages (for the sitemap). */
export const taken = { editions: 0, files: 0, pages: [] as string[] };

/**
 * The files of the editions the Astro step did not render (listed in the manifest it wrote to `manifestFile`),
 * linked from the last build `previous` into `out`, and the manifest kept in `out` for the next build (without the
 * list of editions taken, so that it is the same as a full build's).
 */
export async function takeUnchangedEditions(previous: string | undefined, out: string, manifestFile: string): Promise<typeof taken> {
  const text = await readFile(manifestFile, 'utf8').catch(() => undefined);
  // No manifest: the Astro step rendered everything and keyed nothing (a build without a build key).
  if (text === undefined) return taken;
  const manifest = JSON.parse(text) as EditionManifest;
  if (manifest.reused.length && !previous)
    throw new Error(`the Astro step left ${manifest.reused.length} editions to take from a last build it was not given`);
  if (manifest.reused.length)
    await withLock(`${previous}.lock`, `writing ${path.basename(previous!)}/`, () => linkEditions(previous!, out, manifest));
  taken.editions = manifest.reused.length;
  await mkdir(path.dirname(path.join(out, MANIFEST_FILE)), { recursive: true });
  await writeFile(path.join(out, MANIFEST_FILE), `${JSON.stringify({ ...manifest, reused: [] } satisfies EditionManifest)}\n`);
  return taken;
}

/**
 * Links the reused editions' files, holding the lock another build takes to replace `previous` (publish.ts): the
 * folder cannot change under the links, and its manifest is read again first, in case another build replaced it
 * since the Astro step read it.
 */
async function linkEditions(previous: string, out: string, manifest: EditionManifest): Promise<void> {
  const now = JSON.parse(await readFile(path.join(previous, MANIFEST_FILE), 'utf8').catch(() => '{"editions":{}}')) as EditionManifest;
  const changed = manifest.reused.filter((id) => now.editions[id]?.key !== manifest.editions[id]!.key);
  if (changed.length) {
    throw new Error(
      `${previous} was replaced by another build while this one ran, and no longer holds the unchanged editions ${changed.join(', ')}: build again`,
    );
  }
  for (const id of manifest.reused) {
    for (const entry of manifest.editions[id]!.files) {
      const files = await linkTree(path.join(previous, entry), path.join(out, entry), out).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`could not take ${entry} of the unchanged edition ${id} from the last build (${error.code ?? error.message})`);
      });
      taken.files += files.length;
      for (const file of files) {
        const posix = file.split(path.sep).join('/');
        if (posix === 'index.html' || posix.endsWith('/index.html')) taken.pages.push(`/${posix.slice(0, -'index.html'.length)}`);
      }
    }
  }
}

/**
 * The Astro integration that takes the unchanged editions' files when Astro has written the rest, before the
 * sitemap is written (list it before @astrojs/sitemap, and give the sitemap `taken.pages` as custom pages).
 */
export function incrementalEditions(): AstroIntegration {
  return {
    name: 'parallax:incremental-editions',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const manifest = process.env['PARALLAX_EDITIONS_OUT'];
        if (manifest) await takeUnchangedEditions(process.env['PARALLAX_PREVIOUS_DIST'], fileURLToPath(dir), manifest);
      },
    },
  };
}

/** How many editions the Astro step took from the last build (from the manifest it wrote; 0 without one). */
export async function editionsTaken(manifestFile: string): Promise<number> {
  const text = await readFile(manifestFile, 'utf8').catch(() => undefined);
  return text === undefined ? 0 : (JSON.parse(text) as EditionManifest).reused.length;
}
