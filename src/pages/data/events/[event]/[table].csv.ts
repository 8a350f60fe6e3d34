import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparison } from '../../../../data/content.ts';
import { editionIds } from '../../../../data/editions.ts';
import { comparisonCsv, csvFile, TABLES } from '../../../../lib/export.ts';

/** /data/events/<event>/<table>.csv: one edition's tables (/data/<table>.csv are the newest's). */
export const getStaticPaths = (async () =>
  (await editionIds()).flatMap((event) => TABLES.map((t) => ({ params: { event, table: t.id } })))) satisfies GetStaticPaths;

// An edition's tables are written one after another: its CSV files are made once, and only the last edition's are kept.
let last: { event: string; tables: Promise<Record<string, string>> } | undefined;

export const GET: APIRoute = async ({ params }) => {
  const event = params['event']!;
  const table = TABLES.find((t) => t.id === params['table'])!;
  if (last?.event !== event) last = { event, tables: loadComparison(event).then(comparisonCsv) };
  return new Response((await last.tables)[csvFile(table.id)], { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
