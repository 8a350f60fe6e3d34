import type { CheerioAPI } from 'cheerio';
import type { PageCheck } from './types.ts';

/** The page's ids, and those used more than once, in document order. */
export function pageIds($: CheerioAPI): { ids: Set<string>; repeated: string[] } {
  const ids = new Set<string>();
  const repeated: string[] = [];
  $('[id]').each((_, el) => {
    const id = el.attribs['id'] ?? '';
    if (ids.has(id)) repeated.push(id);
    ids.add(id);
  });
  return { ids, repeated };
}

/** Each id once: a link to `#id` must have one target. */
export const uniqueIds: PageCheck = ({ $ }) => pageIds($).repeated.map((id) => `id "${id}" is used more than once`);
