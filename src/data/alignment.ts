/**
 * The sentence alignment of the loaded corpus, computed once per build and
 * checked against its schema and the articles: a problem stops the build
 * with a message naming the event, the group and the field.
 *
 * Each event is aligned on its own (its articles and its curated statements
 * are all its groups depend on), so a build run by the build script keeps
 * each event's groups in Astro's cache folder, keyed by the rendering code
 * (PARALLAX_CODE_KEY) and that event's articles and statements: after a
 * correction to one article, only its event is aligned again. At 10,000
 * articles aligning every event takes minutes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { align, type AlignArticle, type Alignment, type AlignStatement } from '../lib/align/align.ts';
import { checkAlignment } from '../schemas/alignment.ts';
import { loadCorpus, loadStatements } from './content.ts';

let cache: Promise<Alignment> | undefined;

/** The folder events' groups are kept in between builds, or undefined outside the build script (no code key). */
function keptFolder(): string | undefined {
  const folder = process.env['PARALLAX_CACHE_DIR'];
  return process.env['PARALLAX_CODE_KEY'] && folder ? path.join(folder, 'parallax-alignment') : undefined;
}

/** Where an event's groups are kept between builds, or undefined outside the build script. */
function keptAt(event: string, articles: readonly AlignArticle[], statements: readonly AlignStatement[]): string | undefined {
  const folder = keptFolder();
  if (!folder) return undefined;
  const key = createHash('sha256')
    .update(process.env['PARALLAX_CODE_KEY']!)
    .update('\0')
    .update(JSON.stringify([event, articles, statements]))
    .digest('hex');
  return path.join(folder, `${key}.json`);
}

/**
 * Removes the kept alignments this build did not read or write: an event's
 * groups from before a correction, a deleted event's. Without it the folder
 * grew by one file per corrected event per build, for as long as the code
 * stayed the same. Half-written files of another build (`<key>.json.<pid>`)
 * are left: builds of one content folder take turns in the Astro step, where
 * this runs, so those are only a killed build's leftovers, and small.
 */
async function pruneKept(folder: string, used: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.json') && !used.has(path.join(folder, name)));
  await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true })));
}

/** One event's alignment: kept from an earlier build when its inputs are the same, else computed (and kept). */
async function alignOne(event: string, articles: AlignArticle[], statements: AlignStatement[], used: Set<string>): Promise<Alignment['events']> {
  const file = keptAt(event, articles, statements);
  if (file) {
    used.add(file);
    const kept = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as Alignment['events'],
      () => undefined,
    );
    if (kept) return kept;
  }
  const { events } = align(articles, statements);
  if (file) {
    // Written whole, then renamed: a build stopped halfway leaves no half file for the next to read.
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(`${file}.${process.pid}`, JSON.stringify(events));
    await rename(`${file}.${process.pid}`, file);
  }
  return events;
}

export function loadAlignment(): Promise<Alignment> {
  cache ??= (async () => {
    const corpus = await loadCorpus();
    // The curated statements are labels and overrides; content.ts checks their quotes against the articles.
    const statements = (await loadStatements()).map((e) => ({ id: e.id, label: e.label, event: e.event, renderings: e.renderings }));
    const byEvent = new Map<string, AlignArticle[]>();
    for (const a of corpus.articles) {
      const list = byEvent.get(a.event.id) ?? [];
      list.push({ outlet: a.outlet.id, article: a.id, event: a.event.id, blocks: a.blocks });
      byEvent.set(a.event.id, list);
    }
    // Events in align()'s order (by id), each aligned as align() would among all the others.
    const events: Alignment['events'] = [];
    const used = new Set<string>();
    for (const event of [...byEvent.keys()].sort()) {
      events.push(
        ...(await alignOne(
          event,
          byEvent.get(event)!,
          statements.filter((s) => s.event === event),
          used,
        )),
      );
    }
    const folder = keptFolder();
    if (folder) await pruneKept(folder, used);
    const alignment: Alignment = { version: 1, events };
    const problems = checkAlignment(alignment, {
      articles: new Map(
        corpus.articles.map((a) => [a.id, { outlet: a.outlet.id, event: a.event.id, paragraphs: new Map(a.blocks.map((b) => [b.id, b.text])) }]),
      ),
    });
    if (problems.length) throw new Error(`/data/alignment.json does not match its schema (src/schemas/alignment.ts):\n  ${problems.join('\n  ')}`);
    return alignment;
  })();
  return cache;
}
