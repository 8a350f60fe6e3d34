import type { APIRoute } from 'astro';
import { loadAlignment } from '../../data/alignment.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await loadAlignment(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
