import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../../../data/content.ts';
import { editionIds } from '../../../../data/editions.ts';
import { comparisonCsv, csvFile, TABLES } from '../../../../lib/export.ts';

/** /data/events/<event>/<table>.csv: one edition's tables (/data/<table>.csv are the newest's). */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const event of await editionIds()) {
    const tables = comparisonCsv(await loadComparison(event));
    paths.push(...TABLES.map((t) => ({ params: { event, table: t.id }, props: { body: tables[csvFile(t.id)] } })));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props['body']), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
