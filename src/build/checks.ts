/**
 * Integrity checks over a built site: run by the build before it replaces
 * dist/, and by the build-output tests. Each problem names the page and what
 * is wrong, so a failure reads as a to-do list.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

export interface Page {
  /** Site path, for example `/outlets/tass/`. */
  route: string;
  /** File path relative to the site folder. */
  file: string;
  $: cheerio.CheerioAPI;
  ids: Set<string>;
}

export interface Problem {
  route: string;
  problem: string;
}

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

interface Outgoing {
  route: string;
  ref: string;
}

/**
 * Checks every page: `lang`, a title, a canonical address on `site`, exactly
 * one h1, unique ids, no inline handler, `javascript:` URL or unhashed inline
 * script, and that every internal link, asset and `#anchor` resolves. Pages
 * are parsed one at a time and only their ids and links are kept, so memory
 * stays flat however large the site.
 */
export async function checkSite(dir: string, site: string): Promise<Problem[]> {
  const files = await htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const outgoing: Outgoing[] = [];
  const origin = new URL(site).origin;
  const problems: Problem[] = [];
  const report = (route: string, problem: string) => problems.push({ route, problem });

  for (const file of files) {
    const route = routeOf(file);
    const $ = cheerio.load(await readFile(path.join(dir, file), 'utf8'));
    if (!$('html').attr('lang')?.trim()) report(route, '<html> has no lang attribute');
    if (!$('head > title').text().trim()) report(route, 'has no <title>');
    const canonical = $('link[rel="canonical"]').attr('href');
    const noindex = /noindex/.test($('meta[name="robots"]').attr('content') ?? '');
    if (!canonical && !noindex) report(route, 'has no canonical link (or robots noindex)');
    else if (canonical && new URL(canonical).href !== new URL(route, site).href) {
      report(route, `canonical is ${canonical}, expected ${new URL(route, site).href}`);
    }
    const h1 = $('h1').length;
    if (h1 !== 1) report(route, `has ${h1} <h1> elements, expected exactly 1`);

    // Nothing may run that the page's Content-Security-Policy does not name.
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    $('script:not([src])').each((_, el) => {
      const type = $(el).attr('type') ?? '';
      if (/^application\/(ld\+)?json$/.test(type)) return;
      const hash = `'sha256-${createHash('sha256').update($(el).text()).digest('base64')}'`;
      if (!csp.includes(hash)) report(route, `has an inline script whose hash is not in its Content-Security-Policy: ${$(el).text().slice(0, 40)}`);
    });
    $('*').each((_, el) => {
      for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
        if (/^on/i.test(name)) report(route, `has an inline event handler ${name} on <${(el as { tagName?: string }).tagName}>`);
      }
    });
    $('[href], [src], [action], [formaction]').each((_, el) => {
      for (const attr of ['href', 'src', 'action', 'formaction']) {
        if (/^\s*javascript:/i.test($(el).attr(attr) ?? '')) report(route, `has a javascript: URL in ${attr}`);
      }
    });

    const seen = new Set<string>();
    $('[id]').each((_, el) => {
      const id = $(el).attr('id') ?? '';
      if (seen.has(id)) report(route, `id "${id}" is used more than once`);
      seen.add(id);
    });
    ids.set(route, seen);

    const refs = new Set([
      ...$('a[href]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('link[href]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('script[src], img[src], source[src]')
        .map((_, el) => $(el).attr('src'))
        .get(),
      ...$('form[action]')
        .map((_, el) => $(el).attr('action'))
        .get(),
    ]);
    for (const ref of refs) outgoing.push({ route, ref });
  }

  const existing = new Map<string, boolean>();
  for (const { route, ref } of outgoing) {
    if (/^(mailto:|tel:|data:|javascript:)/i.test(ref)) continue;
    const url = new URL(ref, new URL(route, origin));
    if (url.origin !== origin) continue;
    if (url.pathname.startsWith('/pagefind/')) continue;
    const targetIds = ids.get(url.pathname) ?? ids.get(`${url.pathname}/`);
    if (!targetIds) {
      let found = existing.get(url.pathname);
      if (found === undefined) existing.set(url.pathname, (found = await exists(dir, url.pathname)));
      if (!found) report(route, `links to ${url.pathname}, which does not exist`);
      continue;
    }
    // A text directive (#id:~:text=…) points inside the element named before it.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
    if (fragment && !targetIds.has(fragment)) report(route, `links to ${url.pathname}#${fragment}, which has no element with that id`);
  }
  return problems;
}
