/** What a schema cannot see in a content file: its size and encoding, and dates that YAML rolled over. */
import { impossibleDates } from '../raw-dates.ts';
import { ContentError } from './types.ts';

/** A content file may be at most this big: an article copy is text, and 1 MB is some 150,000 words. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Date fields of each kind of file, read again as text by `impossibleDates`. */
export const DATE_FIELDS = {
  outlet: [],
  event: ['date'],
  article: ['published', 'updated', 'captured'],
} as const satisfies Record<string, readonly string[]>;

/** Checks a content file's bytes and returns its text; throws a ContentError naming the file and the fix. */
export function checkedText(file: string, bytes: Uint8Array, dateFields: readonly string[]): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ContentError(
      file,
      'file',
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: a content file must be under 1 MB; check that only the article's text was pasted`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(
      file,
      'encoding',
      'is not UTF-8 text: save the file as UTF-8 (the site shows it as such, and other encodings garble quotes and accents)',
    );
  }
  const [problem] = impossibleDates(text, dateFields);
  if (problem) throw new ContentError(file, problem.field, problem.message);
  return text;
}
