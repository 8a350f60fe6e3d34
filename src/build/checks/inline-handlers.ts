import type { PageCheck } from './types.ts';

/** No inline event handler (`onclick`…): the policy refuses them, and nothing here needs one. */
export const noInlineHandlers: PageCheck = ({ $ }) => {
  const problems: string[] = [];
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) problems.push(`has an inline event handler ${name} on <${(el as { tagName?: string }).tagName}>`);
    }
  });
  return problems;
};
