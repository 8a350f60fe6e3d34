import type { APIRoute, GetStaticPaths } from 'astro';
import { readerData } from '../../../data/reader-any.ts';
import { rendersEdition } from '../../../data/incremental.ts';
import { loadReaderEvents } from '../../../data/reader.ts';

/**
 * /data/reader/<event>.json: what the browser reads any two outlets from, for
 * each event with more outlets than the reader's pages are prerendered for
 * (src/lib/reader/pairs.ts; src/scripts/reader-any.ts reads it).
 */
export const getStaticPaths = (async () => {
  const [events, renders] = await Promise.all([loadReaderEvents(), rendersEdition()]);
  return events
    .filter((e) => e.pairs.length === 0 && renders(e.event.id))
    .map((event) => ({ params: { event: event.event.id }, props: { body: readerData(event) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
