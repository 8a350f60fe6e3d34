import type { APIRoute } from 'astro';
import { loadFeedEntries } from '../data/feed.ts';
import { atomFeed } from '../lib/feed.ts';

/** The Atom feed of editions and articles. */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await loadFeedEntries(site!.href), site!.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
