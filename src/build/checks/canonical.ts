import { ALIAS_ROUTES } from '../../lib/paths.ts';
import type { PageCheck } from './types.ts';

/**
 * A canonical link to the page's own address on the site (or `noindex`, as
 * the 404 page has); an alias (ALIAS_ROUTES: /compare/) names another page of
 * the site, whose link the links check resolves.
 */
export const canonicalIsSelf: PageCheck = ({ $, route, site }) => {
  const canonical = $('link[rel="canonical"]').attr('href');
  const noindex = /noindex/.test($('meta[name="robots"]').attr('content') ?? '');
  if (!canonical && !noindex) return ['has no canonical link (or robots noindex)'];
  const expected = new URL(route, site).href;
  if (canonical && ALIAS_ROUTES.includes(route)) {
    const target = new URL(canonical);
    return target.origin === new URL(site).origin && target.href !== expected ? [] : [`canonical is ${canonical}, expected another page of ${site}`];
  }
  if (canonical && new URL(canonical).href !== expected) return [`canonical is ${canonical}, expected ${expected}`];
  return [];
};
