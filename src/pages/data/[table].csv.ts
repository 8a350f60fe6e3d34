import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../data/content.ts';
import { comparisonCsv } from '../../lib/export.ts';

export const getStaticPaths = (async () => {
  const tables = comparisonCsv(await loadComparison());
  return Object.entries(tables).map(([file, body]) => ({ params: { table: file.replace(/\.csv$/, '') }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props['body']), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
