import type { PageCheck } from './types.ts';

/** Exactly one `<h1>`: the page's heading. */
export const oneH1: PageCheck = ({ $ }) => {
  const h1 = $('h1').length;
  return h1 === 1 ? [] : [`has ${h1} <h1> elements, expected exactly 1`];
};
