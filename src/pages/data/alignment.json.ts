import type { APIRoute } from 'astro';
import { Buffer } from 'node:buffer';
import { loadAlignment } from '../../data/alignment.ts';

/**
 * /data/alignment.json: every event's groups. Written an event at a time, the same bytes as
 * `JSON.stringify(alignment, null, 2)`: at 10,000 articles the file is 126 MB, and one string of it (two bytes a
 * character, its text being partly outside Latin-1), with its copy as bytes, was the Astro step's peak (3.4 GB
 * against 2.2 the rest of the time).
 */
export const GET: APIRoute = async () => {
  const { version, events } = await loadAlignment();
  const chunks = [Buffer.from(`{\n  "version": ${JSON.stringify(version)},\n  "events": [`)];
  events.forEach((e, i) => chunks.push(Buffer.from(`${i ? ',' : ''}\n    ${JSON.stringify(e, null, 2).replaceAll('\n', '\n    ')}`)));
  chunks.push(Buffer.from(events.length ? '\n  ]\n}\n' : ']\n}\n'));
  return new Response(Buffer.concat(chunks), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
