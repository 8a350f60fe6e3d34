import type { APIRoute } from 'astro';
import { COLOURS, SITE_NAME, SITE_TAGLINE } from '../lib/consts.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: `${SITE_NAME}: ${SITE_TAGLINE}`,
        short_name: SITE_NAME,
        description: 'How different news outlets covered the same event, compared sentence by sentence.',
        start_url: '/',
        scope: '/',
        display: 'browser',
        background_color: COLOURS.background,
        theme_color: COLOURS.accent,
        icons: [
          { src: '/icons/192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/512.png', sizes: '512x512', type: 'image/png' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
