import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards } from '../../data/share-cards.ts';
import { renderShareImage, type ShareCard } from '../../lib/share-image.ts';

export const getStaticPaths = (async () =>
  [...(await shareCards())].map(([card, { card: data }]) => ({ params: { card }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderShareImage(props['data'] as ShareCard), { headers: { 'Content-Type': 'image/png' } });
