/**
 * The reader past the prerender bound (lib/reader/pairs.ts): per event, the
 * data the browser lines up any two outlets from (/data/reader/<event>.json),
 * and the script that does it (/scripts/reader-any.js), bundled on its own
 * with esbuild so Vite's chunks, which the search page shares, stay as they are.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import { SENTENCE_BLOCKS } from '../lib/align/sentences.ts';
import type { ReaderArticle, ReaderGroup } from '../lib/reader/rows.ts';
import type { ReaderEvent } from './reader.ts';

/** One outlet in /data/reader/<event>.json. */
export interface ReaderDataOutlet {
  id: string;
  name: string;
  /** Its article shown at /outlets/<id>/. */
  primary: string;
  articles: ReaderArticle[];
}

/** /data/reader/<event>.json: the event's outlets with their sentence blocks, and its alignment groups. */
export interface ReaderData {
  outlets: ReaderDataOutlet[];
  groups: ReaderGroup[];
}

export function readerData(event: ReaderEvent): ReaderData {
  return {
    outlets: event.outlets.map((o) => ({
      id: o.outlet.id,
      name: o.outlet.name,
      primary: o.primary.id,
      articles: o.articles.map((a) => ({
        outlet: o.outlet.id,
        article: a.id,
        blocks: a.blocks.filter((b) => SENTENCE_BLOCKS.has(b.kind)).map((b) => ({ id: b.id, kind: b.kind, text: b.text, number: b.number })),
      })),
    })),
    groups: event.groups.map((g) => ({
      id: g.id,
      label: g.label,
      members: g.members.map(({ outlet, article, paragraph, text }) => ({ outlet, article, paragraph, text })),
    })),
  };
}

let script: Promise<{ code: string; version: string }> | undefined;

/** src/scripts/reader-any.ts bundled and minified, and a short hash of it for its address (so a new build is fetched anew). */
export function readerScript(): Promise<{ code: string; version: string }> {
  script ??= build({
    entryPoints: [path.resolve('src/scripts/reader-any.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const code = result.outputFiles[0]!.text;
    return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
  });
  return script;
}
