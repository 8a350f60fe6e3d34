import type { APIRoute, GetStaticPaths } from 'astro';
import { rendersEdition } from '../../data/incremental.ts';
import { shareCards } from '../../data/share-cards.ts';
import { renderShareImage, type ShareCard } from '../../lib/share-image.ts';

/** An edition's cards (`events/<event>…`) are left out when an incremental build copies that edition from the last. */
export const getStaticPaths = (async () => {
  const renders = await rendersEdition();
  const event = (card: string) => /^events\/([^/]+)/.exec(card)?.[1];
  return [...(await shareCards())]
    .filter(([card]) => renders(event(card) ?? ''))
    .map(([card, { card: data }]) => ({ params: { card }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderShareImage(props['data'] as ShareCard), { headers: { 'Content-Type': 'image/png' } });
