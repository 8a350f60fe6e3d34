/**
 * Writes the search index of a built site, split by edition
 * (lib/search-scope.ts), so a search fetches only the editions it reads: the
 * editions searched by default share Pagefind's own bundle,
 * `<site>/pagefind/` (its script, worker and WebAssembly serve every bundle);
 * each older edition's is `<site>/pagefind/e/<event-id>/`, merged in by the
 * search page when needed.
 *
 * The bundles are written one at a time, each index dropped before the next,
 * so Pagefind holds one bundle's pages at a time, not the archive's. An older
 * edition whose indexed pages are unchanged since the last build (the same
 * hash of their HTML, `pagefind/shards.json`) is copied from it instead of
 * indexed again. Any Pagefind error fails the build.
 */
import { createHash, type Hash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { htmlFiles, routeOf } from './checks.ts';
import { shardPath, type EditionRef } from '../lib/search-scope.ts';
import { SEARCH_LANGUAGE } from '../lib/consts.ts';

/** Where the build records each edition bundle's hash, for the next build to reuse. */
const SHARDS_FILE = 'shards.json';

export interface IndexedSite {
  pages: number;
  /** The editions, newest first, as the search page lists them. */
  editions: EditionRef[];
  /** The routes of each edition's indexed pages, by event id. */
  routes: Map<string, string[]>;
  /** Editions copied from the last build rather than indexed. */
  reused: number;
}

/** The editions the search page lists (its `#search-data`), newest first. */
async function editionsOf(site: string): Promise<EditionRef[]> {
  const file = path.join(site, 'search/index.html');
  const $ = cheerio.load(await readFile(file, 'utf8'));
  const data = JSON.parse($('#search-data').text() || '{}') as { editions?: EditionRef[] };
  if (!Array.isArray(data.editions)) throw new Error(`${file}: #search-data has no "editions" list, which the search index is split by`);
  return data.editions;
}

const BODY = /\sdata-pagefind-body[\s>=]/;
const EVENT = /\sdata-pagefind-filter="event:([^"]+)"/;

export async function indexSite(site: string, previous?: string): Promise<IndexedSite> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
  };
  const editions = await editionsOf(site);
  // Each indexed page, by its event's filter, and per event a hash of its pages' HTML without the head
  // (styles' and scripts' names change with the code, not with what is indexed). Only names are kept: the HTML is read again to index it.
  const known = new Set(editions.map((e) => e.id));
  const byEvent = new Map<string, string[]>();
  const hashOf = new Map<string, Hash>();
  for (const file of await htmlFiles(site)) {
    const html = await readFile(path.join(site, file), 'utf8');
    if (!BODY.test(html)) continue;
    const event = EVENT.exec(html)?.[1];
    if (!event) throw new Error(`${file}: an indexed page (data-pagefind-body) has no event filter (data-pagefind-filter="event:…")`);
    if (!known.has(event)) throw new Error(`${file}: its event "${event}" is not among the search page's editions`);
    const list = byEvent.get(event) ?? [];
    if (list.length === 0) byEvent.set(event, list);
    list.push(file);
    if (!hashOf.has(event)) hashOf.set(event, createHash('sha256').update(pagefindVersion));
    hashOf
      .get(event)!
      .update(file)
      .update(html.replace(/<head>[\s\S]*?<\/head>/, ''));
  }
  if (byEvent.size === 0) fail('indexing', ['no page was indexed: article pages must carry data-pagefind-body']);
  const before = previous
    ? ((JSON.parse(await readFile(path.join(previous, 'pagefind', SHARDS_FILE), 'utf8').catch(() => '{}')) as Record<string, string>) ?? {})
    : {};
  const hashes: Record<string, string> = {};
  let pages = 0;
  let reused = 0;
  try {
    // The bundles, in order: the default editions together, then each older edition on its own.
    const bundles = new Map<string, EditionRef[]>();
    for (const edition of editions) {
      const at = shardPath(editions, edition.id);
      bundles.set(at, [...(bundles.get(at) ?? []), edition]);
    }
    for (const [at, members] of bundles) {
      const files = members.flatMap((e) => byEvent.get(e.id) ?? []);
      if (files.length === 0) continue;
      pages += files.length;
      const out = path.join(site, at);
      const primary = at === '/pagefind/';
      const only = members[0]!.id;
      if (!primary) {
        const digest = hashOf.get(only)!.digest('hex').slice(0, 20);
        hashes[only] = digest;
        if (previous && before[only] === digest) {
          const reusable = await cp(path.join(previous, at), out, { recursive: true }).then(
            () => true,
            () => false,
          );
          if (reusable) {
            reused++;
            continue;
          }
        }
      }
      const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      if (!index || errors.length) return fail('setup', errors);
      for (const file of files) {
        const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(site, file), 'utf8') });
        if (added.errors.length) fail(`indexing ${file}`, added.errors);
      }
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length) fail('writing', written.errors);
      await index.deleteIndex();
      // The main bundle's script, worker and WebAssembly serve every bundle (mergeIndex); Pagefind's own UIs are unused.
      for (const name of await readdir(out))
        if (
          /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name) ||
          (!primary && /^(pagefind(-worker)?\.js|wasm\..*\.pagefind)$/.test(name))
        )
          await rm(path.join(out, name), { recursive: true });
    }
  } finally {
    await pagefind.close();
  }
  await mkdir(path.join(site, 'pagefind'), { recursive: true });
  await writeFile(path.join(site, 'pagefind', SHARDS_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
  const routes = new Map([...byEvent].map(([event, files]) => [event, files.map((f) => routeOf(f))]));
  return { pages, editions, routes, reused };
}

const pagefindVersion: string = (
  JSON.parse(await readFile(path.join(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }
).version;
