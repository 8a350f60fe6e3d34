import type { PageCheck } from './types.ts';

/** A canonical link to the page's own address on the site (or `noindex`, as the 404 page has). */
export const canonicalIsSelf: PageCheck = ({ $, route, site }) => {
  const canonical = $('link[rel="canonical"]').attr('href');
  const noindex = /noindex/.test($('meta[name="robots"]').attr('content') ?? '');
  if (!canonical && !noindex) return ['has no canonical link (or robots noindex)'];
  const expected = new URL(route, site).href;
  if (canonical && new URL(canonical).href !== expected) return [`canonical is ${canonical}, expected ${expected}`];
  return [];
};
