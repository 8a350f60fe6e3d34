import type { APIRoute } from 'astro';
import { loadComparison } from '../../data/content.ts';
import { comparisonJson } from '../../lib/export.ts';
import { jsonBody } from '../../lib/json-bytes.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonBody(comparisonJson(await loadComparison(), site?.href ?? '')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
