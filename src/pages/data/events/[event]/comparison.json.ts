import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../../../data/content.ts';
import { editionIds } from '../../../../data/editions.ts';
import { comparisonJson } from '../../../../lib/export.ts';

/** /data/events/<event>/comparison.json: one edition's comparison (/data/comparison.json is the newest's). */
export const getStaticPaths = (async () => (await editionIds()).map((event) => ({ params: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(`${JSON.stringify(comparisonJson(await loadComparison(params.event), site?.href ?? ''), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
