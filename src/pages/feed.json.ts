import type { APIRoute } from 'astro';
import { loadFeedEntries } from '../data/feed.ts';
import { jsonFeed } from '../lib/feed.ts';

/** The JSON Feed 1.1 of editions and articles; the sitemap takes its <lastmod> dates from it. */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed(await loadFeedEntries(site!.href), site!.href), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
