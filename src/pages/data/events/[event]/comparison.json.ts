import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../../../data/content.ts';
import { editionIds } from '../../../../data/editions.ts';
import { comparisonJson } from '../../../../lib/export.ts';
import { jsonBody } from '../../../../lib/json-bytes.ts';

/** /data/events/<event>/comparison.json: one edition's comparison (/data/comparison.json is the newest's). */
export const getStaticPaths = (async () => (await editionIds()).map((event) => ({ params: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  // Written a part at a time (json-bytes.ts): a hundred of these in a row, 4.5 MB each at 100 outlets, as strings held the build at 3.3 GB.
  new Response(jsonBody(comparisonJson(await loadComparison(params.event), site?.href ?? '')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
