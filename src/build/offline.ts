/**
 * The service worker that makes the site work offline after one visit
 * (Workbox's generateSW); it removes an old build's cache once a new one is in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import type { IndexedSite } from './search-index.ts';
import { offlinePath } from '../lib/paths.ts';
import { defaultEditions, shardPath } from '../lib/search-scope.ts';

/**
 * The most this site's precache may weigh (uncompressed): what a first visit downloads for offline use
 * (tests/build/offline.test.ts). `npm run bench` reports it for larger archives.
 */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;

/** The site's frame: every page of the top level, compare, search and offline, the outlet pages the offline page lists, styles, scripts, icons. */
// The feeds are for feed readers, not for reading offline: not precached.
const SHELL = ['*.{html,svg,webmanifest}', '{compare,search,offline}/index.html', 'outlets/*/index.html', '_astro/*', 'icons/*'];
/** Pagefind's runtime (the search page runs it without its worker) and the default editions' bundle (lib/search-scope.ts). */
const SEARCH_CORE = [
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/{index,filter,fragment}/*',
];
/** The page shown offline for an address the worker has not kept (src/pages/offline.astro). */
const OFFLINE_PAGE = `${offlinePath()}index.html`;

/** What to precache: the shell, search's runtime, and every edition a search reads by default (its pages, bundle and statement groups). */
function precachePatterns(site: string, indexed: Pick<IndexedSite, 'editions' | 'routes'>): string[] {
  const patterns = [...SHELL, ...SEARCH_CORE, OFFLINE_PAGE.slice(1)];
  for (const e of defaultEditions(indexed.editions)) {
    const shard = shardPath(indexed.editions, e.id).slice(1);
    if (shard !== 'pagefind/') patterns.push(`${shard}**/*`);
    // An edition whose sentences no other outlet's match has no statement groups.
    if (existsSync(path.join(site, 'data/statements', e.id))) patterns.push(`data/statements/${e.id}/*`);
    for (const route of indexed.routes.get(e.id) ?? []) patterns.push(`${route.slice(1)}index.html`);
  }
  return patterns;
}

/**
 * The offline service worker. Precached (on the first visit, each file with a content hash, so a new build
 * replaces exactly what changed): the shell and the editions a search reads by default (on a small archive,
 * all of them; on a large one, the newest). Kept once opened: any other page, an older edition's search
 * bundle and "Same statement" groups. It runs after Pagefind, because the index is part of what it keeps.
 */
export async function writeServiceWorker(site: string, indexed: Pick<IndexedSite, 'editions' | 'routes'>): Promise<{ files: number; bytes: number }> {
  const ignores = ['sw.js', 'og/**', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'pagefind/playground/**'];
  // Offline, a page the worker has not kept is the site's own offline page (precached), not the browser's error.
  const fallback = { precacheFallback: { fallbackURL: OFFLINE_PAGE } };
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: precachePatterns(site, indexed),
    runtimeCaching: [
      // An older edition's bundle: its entry file is asked for with a changing ?ts=, so it is matched without it.
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/e/') && url.pathname.endsWith('/pagefind-entry.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'search-editions', matchOptions: { ignoreSearch: true } },
      },
      // Its other files carry their content's hash in their names: once kept, always right.
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/e/'),
        handler: 'CacheFirst',
        options: { cacheName: 'search-editions' },
      },
      // Search's "Same statement in other outlets": each alignment group's file, kept once fetched.
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/data/statements/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'statements' },
      },
      // Every other page, kept once opened: the network first, so a new build shows.
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: 'pages', matchOptions: { ignoreSearch: true }, ...fallback },
      },
    ],
    // Pagefind's own UI bundles are not used by the site; share cards are for other sites to fetch.
    globIgnores: ignores,
    swDest: path.join(site, 'sw.js'),
    // One file, served from this origin: nothing for the Content-Security-Policy to allow beyond 'self'.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    directoryIndex: 'index.html',
    // Every page is static: /search/?q=… and /outlets/x/?highlight=… are the same files.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`the service worker was written with warnings:\n  ${warnings.join('\n  ')}`);
  return { files: count, bytes: size };
}
