/**
 * Integrity checks over a built site: run by the build before it replaces
 * dist/, and by the build-output tests. Each problem names the page and what
 * is wrong, so a failure reads as a to-do list. The checks themselves are in
 * checks/, one file each; this module reads the site and runs them.
 */
import { mkdir, open, readdir, readFile, stat } from 'node:fs/promises';
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

/** Where a build keeps each page's ids and links for the next (a dotfile folder: never served). */
const RECORD = '.parallax/checks.json';

type Record_ = Record<string, { ids: string[]; refs: string[] }>;

/**
 * htmlparser2 rather than cheerio's default parse5: about three times as fast on these pages (a 5.7 MB edition page
 * of 100 outlets, 238 ms against 624; an article page, 3.4 against 12.3), and the checks only read the markup the
 * build wrote. It also reads inside `<noscript>`, which parse5 takes as text: those links and ids are checked too.
 */
const PARSER = { xml: { xmlMode: false, decodeEntities: true } } as const;

/**
 * A page's ids or references as one string, `\n` before and after each: a site of 10,000 articles has millions of
 * them, and a string each in Sets and arrays took gigabytes where their text is 145 MB.
 */
class Lines {
  readonly #joined: string;
  constructor(list: readonly string[]) {
    // A newline inside a reference is dropped, as URL parsing drops it.
    this.#joined = list.length ? `\n${list.map((l) => l.replaceAll('\n', '')).join('\n')}\n` : '\n';
  }
  has(line: string): boolean {
    return !line.includes('\n') && this.#joined.includes(`\n${line}\n`);
  }
  list(): string[] {
    return this.#joined.slice(1, -1).split('\n').filter(Boolean);
  }
}

/** Whether `file` under `dir` is the same file (a hard link) as under `previous`: a page an incremental build took unchanged. */
async function linked(dir: string, previous: string, file: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(path.join(dir, file)), stat(path.join(previous, file)).catch(() => undefined)]);
  return b !== undefined && a.ino === b.ino && a.dev === b.dev;
}

/** The record, written a page at a time: at 10,000 articles it is 145 MB, more than one string should hold. */
async function writeRecord(file: string, pages: ReadonlyMap<string, { ids: Lines; refs: Lines }>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = await open(file, 'w');
  try {
    let first = true;
    await out.write('{');
    for (const [page, { ids, refs }] of pages) {
      await out.write(`${first ? '' : ','}${JSON.stringify(page)}:${JSON.stringify({ ids: ids.list(), refs: refs.list() })}`);
      first = false;
    }
    await out.write('}');
  } finally {
    await out.close();
  }
}

/**
 * Checks every page with each of PAGE_CHECKS (`lang`, a title, a canonical
 * address on `site`, exactly one h1, no unhashed inline script, inline
 * handler or `javascript:` URL, unique ids), then that every internal link,
 * asset and `#anchor` resolves. Pages are parsed one at a time and only their
 * ids and links are kept (as one string each), so memory stays small however
 * large the site.
 *
 * `previous` is the last build, whose pages all passed: a page taken from it
 * unchanged (the same file, hard-linked) is not parsed again, its ids and
 * links are read from the record that build kept. Links are checked all over
 * again, every page's against every page's ids: a changed page may have lost
 * an anchor an unchanged one links to.
 */
export async function checkSite(dir: string, site: string, previous?: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const pages = await readPages(dir, site, previous, problems);
  const ids = new Map([...pages.values()].map((p) => [p.route, p.ids]));
  function* outgoing(): Generator<Outgoing> {
    for (const { route, refs } of pages.values()) for (const ref of refs.list()) yield { route, ref };
  }
  problems.push(...(await brokenLinks(outgoing(), ids, site, (sitePath) => exists(dir, sitePath))));
  if (problems.length === 0) await writeRecord(path.join(dir, RECORD), pages);
  return problems;
}

/** Each page's ids and references, by file: parsed and checked (problems added to `problems`), or from the last build's record. */
async function readPages(dir: string, site: string, previous: string | undefined, problems: Problem[]) {
  const pages = new Map<string, { route: string; ids: Lines; refs: Lines }>();
  const kept: Record_ = previous ? await readFile(path.join(previous, RECORD), 'utf8').then(JSON.parse, () => ({})) : {};
  for (const file of await htmlFiles(dir)) {
    const route = routeOf(file);
    let entry = Object.hasOwn(kept, file) && (await linked(dir, previous!, file)) ? kept[file]! : undefined;
    if (!entry) {
      const $ = cheerio.load(await readFile(path.join(dir, file), 'utf8'), PARSER);
      for (const check of PAGE_CHECKS) for (const problem of check({ route, $, site })) problems.push({ route, problem });
      entry = { ids: [...pageIds($).ids], refs: outgoingRefs($) };
    }
    pages.set(file, { route, ids: new Lines(entry.ids), refs: new Lines(entry.refs) });
  }
  return pages;
}
