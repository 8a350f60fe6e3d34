import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../data/content.ts';
import { comparisonCsv, csvFile, TABLES } from '../../lib/export.ts';

export const getStaticPaths = (async () => {
  const tables = comparisonCsv(await loadComparison());
  return TABLES.map((t) => ({ params: { table: t.id }, props: { body: tables[csvFile(t.id)] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props['body']), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
