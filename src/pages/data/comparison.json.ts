import type { APIRoute } from 'astro';
import { loadComparison } from '../../data/content.ts';
import { comparisonJson } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(comparisonJson(await loadComparison(), site?.href ?? ''), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
