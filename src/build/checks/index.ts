/**
 * The checks on each built page, in the order their problems are listed.
 * One file each, so a check can be read, tested and changed on its own; the
 * site-wide link check is in links.ts.
 */
import { canonicalIsSelf } from './canonical.ts';
import { noInlineHandlers } from './inline-handlers.ts';
import { inlineScriptsHashed } from './inline-scripts.ts';
import { noJavascriptUrls } from './javascript-urls.ts';
import { hasLang } from './lang.ts';
import { oneH1 } from './one-h1.ts';
import { hasTitle } from './title.ts';
import type { PageCheck } from './types.ts';
import { uniqueIds } from './unique-ids.ts';

export const PAGE_CHECKS: readonly PageCheck[] = [
  hasLang,
  hasTitle,
  canonicalIsSelf,
  oneH1,
  // Nothing may run that the page's Content-Security-Policy does not name.
  inlineScriptsHashed,
  noInlineHandlers,
  noJavascriptUrls,
  uniqueIds,
];

export { brokenLinks, outgoingRefs, type Outgoing } from './links.ts';
export { pageIds } from './unique-ids.ts';
export type { PageCheck, Problem } from './types.ts';
