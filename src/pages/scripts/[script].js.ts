import type { APIRoute, GetStaticPaths } from 'astro';
import { readerScript } from '../../data/reader-any.ts';
import { loadReaderEvents } from '../../data/reader.ts';

/**
 * /scripts/reader-any.js: the reader for events past the prerender bound,
 * loaded by their /events/<id>/read/ pages only, and built only when there is
 * such an event.
 */
export const getStaticPaths = (async () =>
  (await loadReaderEvents()).some((e) => e.pairs.length === 0) ? [{ params: { script: 'reader-any' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response((await readerScript()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
