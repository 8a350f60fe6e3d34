/**
 * Integrity checks over a built site: run by the build before it replaces
 * dist/, and by the build-output tests. Each problem names the page and what
 * is wrong, so a failure reads as a to-do list. The checks themselves are in
 * checks/, one file each; this module reads the site and runs them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { brokenLinks, outgoingRefs, pageIds, PAGE_CHECKS, type Outgoing, type Problem } from './checks/index.ts';

export interface Page {
  /** Site path, for example `/outlets/tass/`. */
  route: string;
  /** File path relative to the site folder. */
  file: string;
  $: cheerio.CheerioAPI;
  ids: Set<string>;
}

export type { Problem } from './checks/index.ts';

/** The HTML files of a built site (not Pagefind's), relative to it, sorted. */
export async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(full, base);
      return e.name.endsWith('.html') ? [path.relative(base, full)] : [];
    }),
  );
  return nested.flat().sort();
}

/** `outlets/tass/index.html` → `/outlets/tass/`; `404.html` → `/404.html`. */
export function routeOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Every HTML page of a built site, parsed. */
export async function loadSite(dir: string): Promise<Page[]> {
  const files = await htmlFiles(dir);
  return Promise.all(
    files.map(async (file) => {
      const $ = cheerio.load(await readFile(path.join(dir, file), 'utf8'));
      const ids = new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      );
      return { route: routeOf(file), file, $, ids };
    }),
  );
}

async function exists(dir: string, sitePath: string): Promise<boolean> {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates =
    clean === '' || clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, `${clean}.html`, path.join(clean, 'index.html')];
  for (const candidate of candidates) {
    const full = path.join(dir, candidate);
    if (!full.startsWith(path.resolve(dir))) return false;
    try {
      await readFile(full);
      return true;
    } catch {
      // try the next form
    }
  }
  return false;
}

/**
 * Checks every page with each of PAGE_CHECKS (`lang`, a title, a canonical
 * address on `site`, exactly one h1, no unhashed inline script, inline
 * handler or `javascript:` URL, unique ids), then that every internal link,
 * asset and `#anchor` resolves. Pages are parsed one at a time and only their
 * ids and links are kept, so memory stays flat however large the site.
 */
export async function checkSite(dir: string, site: string): Promise<Problem[]> {
  const files = await htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const outgoing: Outgoing[] = [];
  const problems: Problem[] = [];

  for (const file of files) {
    const route = routeOf(file);
    const $ = cheerio.load(await readFile(path.join(dir, file), 'utf8'));
    for (const check of PAGE_CHECKS) for (const problem of check({ route, $, site })) problems.push({ route, problem });
    ids.set(route, pageIds($).ids);
    for (const ref of outgoingRefs($)) outgoing.push({ route, ref });
  }
  problems.push(...(await brokenLinks(outgoing, ids, site, (sitePath) => exists(dir, sitePath))));
  return problems;
}
