/**
 * The service worker that makes the site work offline after one visit:
 * Workbox's generateSW precaches every page, style, script and the whole
 * Pagefind bundle, each with a content hash, so a new build replaces exactly
 * what changed and removes the old cache. It runs after Pagefind, because the
 * index is part of what must be available offline.
 */
import path from 'node:path';
import { getManifest, generateSW, type RuntimeCaching } from 'workbox-build';
import { offlinePath } from '../lib/paths.ts';

/**
 * Up to this much, everything is precached on the first visit. A larger site
 * (a benchmark corpus of thousands of articles) precaches its shell, its
 * outlet pages and the search index, and keeps each article page and search
 * fragment for offline use once it has been fetched.
 */
export const PRECACHE_ALL_UP_TO = 25 * 1024 * 1024;

/** What search needs before its first query: the runtime, the WebAssembly, the index and filters. */
const SEARCH_CORE = [
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*',
  'pagefind/filter/*',
];
const EVERYTHING = ['**/*.{html,css,js,svg,webmanifest,png,ico,json,csv}', ...SEARCH_CORE, 'pagefind/fragment/*'];
/** The page shown offline for an address the worker has not kept (src/pages/offline.astro). */
const OFFLINE_PAGE = `${offlinePath()}index.html`;
const SHELL = ['*.{html,svg,webmanifest,json}', '{compare,search}/index.html', 'outlets/*/index.html', '_astro/*', 'icons/*', ...SEARCH_CORE];

export async function writeServiceWorker(site: string): Promise<{ files: number; bytes: number }> {
  const ignores = ['sw.js', 'og/**', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'pagefind/playground/**'];
  const all = await getManifest({
    globDirectory: site,
    globPatterns: EVERYTHING,
    globIgnores: ignores,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  const small = all.size <= PRECACHE_ALL_UP_TO;
  // Offline, a page the worker has not kept is the site's own offline page (precached), not the browser's error.
  const fallback = { precacheFallback: { fallbackURL: OFFLINE_PAGE } };
  const pages: RuntimeCaching = { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: fallback };
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: small ? EVERYTHING : [...SHELL, OFFLINE_PAGE.slice(1)],
    runtimeCaching: small
      ? [pages]
      : [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/outlets/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'articles', ...fallback },
          },
          // Search's "Same statement in other outlets": each alignment group's file, kept once fetched.
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/data/statements/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'statements' },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/fragment/'),
            handler: 'CacheFirst',
            options: { cacheName: 'search-fragments' },
          },
          pages,
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
