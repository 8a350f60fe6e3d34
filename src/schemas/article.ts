import { z, type ZodType } from 'astro/zod';
import { closedObject, languageTag, line, pointInTime, pointInTimeOrUndated, webUrl } from './fields.ts';

/**
 * Builds a reference field. In `content.config.ts` this is Astro's `reference()`;
 * unit tests pass a plain string schema, so the schema is testable without Astro.
 */
export type ReferenceBuilder = (collection: 'outlets' | 'events') => ZodType;

/**
 * An outlet or event reference. Astro's reference() reports a missing one as
 * "Did not match union": this says what to write instead.
 */
const required = (what: string, folder: string, schema: ZodType) =>
  z.preprocess((value, ctx) => {
    if (value === undefined || value === null) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `is required: write the id of ${what}, the name of its file in ${folder} without .yaml`,
      });
      return z.NEVER;
    }
    return value;
  }, schema);

export const articleSchema = (reference: ReferenceBuilder) =>
  closedObject(
    {
      /** The outlet that published it: an id from content/outlets. */
      outlet: required('the outlet', 'content/outlets/', reference('outlets')),
      /** The event it covers: an id from content/events. */
      event: required('the event', 'content/events/', reference('events')),
      /** The outlet's headline, word for word; or one we wrote where the capture had none (then set headlineSupplied). */
      headline: line('the headline', 240),
      /** True when the capture had no headline and Parallax wrote a neutral one. */
      headlineSupplied: z.boolean({ error: 'must be true or false' }).default(false),
      /** Where a headline not shown on the page came from, for example "taken from the article's URL". */
      headlineSource: line('where the headline was taken from', 120).optional(),
      /** The outlet's standfirst (summary under the headline), if any. */
      standfirst: line('the standfirst', 1000).optional(),
      /** The byline as printed, if any. */
      byline: line('the byline as printed', 160).optional(),
      /** Where a byline the captured page does not print came from, for example "taken from the capture's metadata". */
      bylineSource: line('where the byline was taken from', 120).optional(),
      /** The dateline as printed, for example "MOSCOW, February 4. /TASS/.", if any. */
      dateline: line('the dateline as printed', 160).optional(),
      /** Where a page prints byline, place and times in one line, that line exactly as printed. */
      creditLine: line('the credit line exactly as printed', 240).optional(),
      /** Publication date, or `undated` when the capture does not give one (then `null`). */
      published: pointInTimeOrUndated(),
      /** When the outlet last updated it, if stated. */
      updated: pointInTime().optional(),
      /** When the page was captured for Parallax, if recorded. */
      captured: pointInTime().optional(),
      /** The original article's canonical address. */
      url: webUrl('the canonical address of the original article'),
      /** The article's language as a BCP 47 tag. */
      language: languageTag().default('en'),
    },
    'an article',
  ).superRefine((data, ctx) => {
    if (data.headlineSupplied && data.headlineSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['headlineSource'],
        message: 'cannot go with headlineSupplied: true; remove one (a supplied headline has no source)',
      });
    }
  });

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
