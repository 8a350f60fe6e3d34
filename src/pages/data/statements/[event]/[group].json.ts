import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAlignment } from '../../../../data/alignment.ts';
import { loadCorpus, primaryArticle } from '../../../../data/content.ts';
import { rendersEdition } from '../../../../data/incremental.ts';
import { articlePath, paragraphPath } from '../../../../lib/paths.ts';
import { statementFiles } from '../../../../lib/search-statements.ts';

/**
 * /data/statements/<event>/<group>.json: one alignment group, for the search
 * page's "Same statement in other outlets" (src/lib/search-statements.ts).
 */
export const getStaticPaths = (async () => {
  const { articles } = await loadCorpus();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const href = (article: string, paragraph: string) => {
    const a = byId.get(article)!;
    return paragraphPath(a.outlet.id, paragraph, { page: articlePath(a.outlet.id, a.id, a === primaryArticle(a.outlet)) });
  };
  const renders = await rendersEdition();
  return statementFiles(
    (await loadAlignment()).events.filter((e) => renders(e.event)),
    href,
  ).map((f) => ({ params: { event: f.event, group: f.group }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
