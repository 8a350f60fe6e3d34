import type { APIRoute } from 'astro';
import { loadAlignment } from '../../data/alignment.ts';
import { jsonBody } from '../../lib/json-bytes.ts';

/** /data/alignment.json: every event's groups (126 MB at 10,000 articles: written a part at a time, json-bytes.ts). */
export const GET: APIRoute = async () =>
  new Response(jsonBody(await loadAlignment()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
