/**
 * Field helpers shared by the collection schemas. Every message says what to
 * write instead, because the reader of a failed build is an editor, not the
 * author of the schema.
 */
import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date or an instant, kept as the author wrote it so the page can show local time. */
export interface PointInTime {
  /** The instant (midnight UTC for a bare date). */
  date: Date;
  /** ISO 8601 text: `YYYY-MM-DD`, or a date-time with its original offset. */
  iso: string;
  /** Whether a time of day is known. */
  hasTime: boolean;
}

/** Whether `YYYY-MM-DD…` names a day that exists (YAML parsers roll 2026-02-31 over to 3 March). */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export const DATE_HINT =
  'write a date as YYYY-MM-DD (for example 2026-02-04), or a date and time with its offset in quotes (for example "2026-02-04T16:41:00+05:30")';

function parsePointInTime(value: unknown, ctx: z.RefinementCtx, hint: string): PointInTime {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: `is not a real date: ${hint}` });
      return z.NEVER;
    }
    // YAML turns 2026-02-04 into midnight UTC; a time of day means the author wrote one.
    const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() !== 0;
    const iso = hasTime ? value.toISOString().replace('.000Z', 'Z') : value.toISOString().slice(0, 10);
    return { date: value, iso, hasTime };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if ((ISO_DATE.test(text) || ISO_DATE_TIME.test(text)) && isRealDate(text)) {
      const hasTime = text.length > 10;
      const date = new Date(hasTime ? text : `${text}T00:00:00Z`);
      if (!Number.isNaN(date.getTime())) return { date, iso: text, hasTime };
    }
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: ${hint}` });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    message: value === undefined || value === null ? `is required: ${hint}` : `must be a date: ${hint}`,
  });
  return z.NEVER;
}

/** Accepts a YAML date, `YYYY-MM-DD` or an ISO date-time with offset; anything else gets a message with the fix. */
export const pointInTime = () => z.unknown().transform((value, ctx) => parsePointInTime(value, ctx, DATE_HINT));

/** Like `pointInTime`, but also accepts the word `undated` (giving `null`) for captures that carry no date. */
export const pointInTimeOrUndated = () =>
  z
    .unknown()
    .transform((value, ctx): PointInTime | null =>
      value === 'undated' ? null : parsePointInTime(value, ctx, `${DATE_HINT}; or write undated if the capture gives no date`),
    );

/** One line of plain text, trimmed, never empty. */
export const line = (what: string, max = 300) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required: write ${what}` : `must be text: write ${what}`) })
    .trim()
    .min(1, { error: `is empty: write ${what}` })
    .max(max, { error: `is longer than ${max} characters: shorten it to ${what}` })
    .refine((s) => !/[\r\n]/.test(s), { error: `must be one line: write ${what} without line breaks` });

/** An absolute http(s) URL. */
export const webUrl = (what: string) =>
  z
    .string({ error: `is required: write ${what} as a full https:// address` })
    .trim()
    .refine(
      (s) => {
        try {
          const url = new URL(s);
          return url.protocol === 'https:' || url.protocol === 'http:';
        } catch {
          return false;
        }
      },
      { error: `is not a web address: write ${what} as a full https:// address` },
    );

/** A BCP 47 language tag such as `en` or `ru`. */
export const languageTag = () =>
  z
    .string({ error: 'is required: write the language as a BCP 47 tag such as en, ru or zh-Hans' })
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'is not a language tag: write one such as en, ru or zh-Hans' });

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * An object that refuses unknown keys one by one, so the message names the
 * key (Zod's own strict mode reports them all on the object, with an empty
 * path) and suggests the field the author probably meant.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape, what: string, params?: { error: string }) {
  const known = Object.keys(shape);
  return z.preprocess(
    (input, ctx) => {
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const key of Object.keys(input)) {
          if (known.includes(key)) continue;
          const near = known.map((k) => [k, distance(k.toLowerCase(), key.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
          const hint = near && near[1] <= Math.max(2, Math.floor(key.length / 3)) ? `did you mean ${near[0]}? ` : '';
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input,
            message: `is not a field of ${what}: ${hint}remove it or use one of ${known.join(', ')}`,
          });
        }
      }
      return input;
    },
    z.object(shape, params),
  );
}
