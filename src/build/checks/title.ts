import type { PageCheck } from './types.ts';

/** The page has a non-empty `<title>`. */
export const hasTitle: PageCheck = ({ $ }) => ($('head > title').text().trim() ? [] : ['has no <title>']);
