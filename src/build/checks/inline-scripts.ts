import { createHash } from 'node:crypto';
import type { PageCheck } from './types.ts';

/** Every inline script that runs is named by its hash in the page's Content-Security-Policy (JSON data blocks do not run). */
export const inlineScriptsHashed: PageCheck = ({ $ }) => {
  const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  const problems: string[] = [];
  $('script:not([src])').each((_, el) => {
    const type = $(el).attr('type') ?? '';
    if (/^application\/(ld\+)?json$/.test(type)) return;
    const hash = `'sha256-${createHash('sha256').update($(el).text()).digest('base64')}'`;
    if (!csp.includes(hash)) problems.push(`has an inline script whose hash is not in its Content-Security-Policy: ${$(el).text().slice(0, 40)}`);
  });
  return problems;
};
