/**
 * Incremental builds: which editions this Astro step renders, and which it
 * leaves to the build script to take from the last build unchanged.
 *
 * An edition's pages and files (editionOutputs in src/lib/paths.ts) depend on
 * the code, on every file of the content folder except the articles' bodies
 * (outlets, events, the curated lists, every article's front matter: the
 * archive, the nearest events and the outlets' lists of articles read them),
 * on its own articles' bodies and on the bodies of the articles of its
 * earlier coverage (whose figures it lists). The build script hashes the first
 * two into PARALLAX_BUILD_KEY; this module adds the bodies, per edition. An
 * edition whose key is the one the last build recorded (PARALLAX_EDITIONS_PREVIOUS)
 * is not rendered; the build script copies its files from that build. Without
 * PARALLAX_BUILD_KEY (astro dev, a build not run by the build script) every
 * edition is rendered.
 *
 * The pages that are not an edition's own (home, archive, outlets' own pages,
 * /compare/, search, feeds, the site-wide data) are always rendered.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { primaryArticle } from '../lib/corpus/index.ts';
import { earlierEvents } from '../lib/editions.ts';
import { editionOutputs, type EditionManifest } from '../lib/incremental.ts';
import { loadBodyDigests, loadCorpus } from './content.ts';

let plan: Promise<ReadonlySet<string>> | undefined;

function previousKeys(file: string | undefined): Record<string, string> {
  if (!file) return {};
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as EditionManifest;
    return manifest.version === 1 ? Object.fromEntries(Object.entries(manifest.editions).map(([id, e]) => [id, e.key])) : {};
  } catch {
    // No last build, or one from before this manifest: every edition is rendered.
    return {};
  }
}

/** The ids of the editions this build takes from the last one; computed once, and the new manifest written then. */
function reusedEditions(): Promise<ReadonlySet<string>> {
  plan ??= (async () => {
    const buildKey = process.env['PARALLAX_BUILD_KEY'];
    if (!buildKey) return new Set<string>();
    const [corpus, bodies] = await Promise.all([loadCorpus(), loadBodyDigests()]);
    const bodiesOf = new Map(
      corpus.editions.map((e) => [
        e.event.id,
        e.articles
          .map((a) => `${a.id}:${bodies.get(a.id)}`)
          .sort()
          .join('\n'),
      ]),
    );
    const events = corpus.editions.map((e) => e.event);
    const previous = previousKeys(process.env['PARALLAX_EDITIONS_PREVIOUS']);
    const manifest: EditionManifest = { version: 1, editions: {}, reused: [] };
    for (const { event, articles } of corpus.editions) {
      const hash = createHash('sha256').update(buildKey).update('\0').update(bodiesOf.get(event.id)!);
      for (const earlier of earlierEvents(event, events)) hash.update('\0').update(bodiesOf.get(earlier.event.id) ?? '');
      const key = hash.digest('hex');
      const pages = articles.filter((a) => a !== primaryArticle(a.outlet)).map((a) => ({ outlet: a.outlet.id, article: a.id }));
      manifest.editions[event.id] = { key, files: editionOutputs(event.id, pages) };
      if (previous[event.id] === key) manifest.reused.push(event.id);
    }
    const out = process.env['PARALLAX_EDITIONS_OUT'];
    if (out) writeFileSync(out, `${JSON.stringify(manifest)}\n`);
    return new Set(manifest.reused);
  })();
  return plan;
}

/** Whether this build renders the edition's own pages and files (an edition unchanged since the last build is copied from it). */
export async function rendersEdition(): Promise<(eventId: string) => boolean> {
  const reused = await reusedEditions();
  return (eventId) => !reused.has(eventId);
}
