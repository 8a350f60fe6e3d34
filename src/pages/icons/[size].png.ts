import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '../../lib/share-image.ts';

/** Home-screen and manifest icons, drawn from public/favicon.svg. */
export const getStaticPaths = (() => [180, 192, 512].map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(renderIcon(await readFile(path.join(process.cwd(), 'public/favicon.svg'), 'utf8'), Number(params['size'])), {
    headers: { 'Content-Type': 'image/png' },
  });
