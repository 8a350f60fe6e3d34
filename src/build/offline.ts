/**
 * The service worker that makes the site work offline after one visit:
 * Workbox's generateSW precaches every page, style, script and the whole
 * Pagefind bundle, each with a content hash, so a new build replaces exactly
 * what changed and removes the old cache. It runs after Pagefind, because the
 * index is part of what must be available offline.
 */
import path from 'node:path';
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(site: string): Promise<{ files: number; bytes: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: [
      '**/*.{html,css,js,svg,webmanifest,png,ico,json,csv}',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/index/*',
      'pagefind/fragment/*',
      'pagefind/filter/*',
    ],
    // Pagefind's own UI bundles are not used by the site; share cards are for other sites to fetch.
    globIgnores: ['sw.js', 'og/**', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'pagefind/playground/**'],
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
