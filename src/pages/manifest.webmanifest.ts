import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: 'Parallax: news coverage side by side',
        short_name: 'Parallax',
        description: 'How different news outlets covered the same event, compared sentence by sentence.',
        start_url: '/',
        scope: '/',
        display: 'browser',
        background_color: '#fdfcfa',
        theme_color: '#1d4f91',
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
