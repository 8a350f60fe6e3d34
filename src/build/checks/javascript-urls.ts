import type { PageCheck } from './types.ts';

const ATTRIBUTES = ['href', 'src', 'action', 'formaction'] as const;

/** No `javascript:` URL in a link, source or form action. */
export const noJavascriptUrls: PageCheck = ({ $ }) => {
  const problems: string[] = [];
  $('[href], [src], [action], [formaction]').each((_, el) => {
    for (const attr of ATTRIBUTES) {
      if (/^\s*javascript:/i.test(el.attribs[attr] ?? '')) problems.push(`has a javascript: URL in ${attr}`);
    }
  });
  return problems;
};
