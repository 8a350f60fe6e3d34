/**
 * YAML parsers turn `2026-02-31` into 3 March without a word, so by the time
 * a schema sees the value the mistake is gone. This reads the frontmatter
 * again without timestamp conversion and catches impossible dates.
 */
import { parse } from 'yaml';
import { DATE_HINT, isRealDate } from '../schemas/fields.ts';

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** The date fields whose text names a day that does not exist, with a message for each. */
export function impossibleDates(source: string, fields: readonly string[]): { field: string; message: string }[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? source;
  let data: unknown;
  try {
    data = parse(front, { schema: 'core' });
  } catch {
    return []; // the schema step reports unreadable YAML
  }
  if (!data || typeof data !== 'object') return [];
  return fields.flatMap((field) => {
    const value = (data as Record<string, unknown>)[field];
    return typeof value === 'string' && DATE_LIKE.test(value) && !isRealDate(value)
      ? [{ field, message: `"${value}" is not a real date: ${DATE_HINT}` }]
      : [];
  });
}
