/**
 * Curated comparison data in `content/comparison/`: topics, statements,
 * word-choice groups, cited sources and figure measures. Each entry's id is
 * its `id:` line. Quotes are checked against the articles at build time.
 */
import { z } from 'astro/zod';
import { closedObject, line } from './fields.ts';

/** A list of words or phrases to look for (see `lib/patterns.ts` for how they match). */
const patterns = (what: string) =>
  z
    .array(line(`a ${what}`, 120), { error: `must be a list: write [first, second] or one "- item" a line` })
    .min(1, { error: `is empty: list at least one ${what}` });

/**
 * A marker of topics, word choice and sources (see `lib/comparison/markers.ts`): a phrase matched on word forms,
 * case ignored; or `{ words: "…", exact: true }` for a phrase matched only as written (its case, its form).
 */
const marker = (what: string) => {
  const phrase = line(`a ${what}`, 120);
  const exact = closedObject(
    {
      words: line(`the ${what}`, 120),
      exact: z.boolean({ error: 'must be true (match only as written) or false' }).optional(),
    },
    `a ${what} matched as written`,
  );
  // A phrase, or an object: each with its own messages (a union would say only that neither fits).
  return z.unknown().transform((value, ctx): string | { words: string; exact?: boolean | undefined } => {
    const result = value && typeof value === 'object' ? exact.safeParse(value) : phrase.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
};
const markers = (what: string) =>
  z
    .array(marker(what), { error: `must be a list: write [first, second] or one "- item" a line` })
    .min(1, { error: `is empty: list at least one ${what}` });
/** Contexts in which a marker does not count: "Russian Security Council" is not the UN's. */
const except = () =>
  markers('phrase around a marker in which it does not count, for example Russian Security Council')
    .optional()
    .describe('A match inside one of these phrases is not counted.');

/** `topics.yaml`: the rows of the coverage matrix. */
export const topicSchema = closedObject(
  {
    /** Short name shown in the matrix, for example "Trade". */
    label: line('a short name for the topic', 60),
    /** One neutral sentence on what the topic covers. */
    description: line('one neutral sentence on what the topic covers', 200),
    /** Words or phrases that mark a paragraph as being about the topic. */
    markers: markers('marker word or phrase'),
    /** Phrases in which a marker does not count. */
    except: except(),
  },
  'a topic',
);

/** `statements.yaml`: one thing said at the event, with each outlet's verbatim rendering. */
export const statementSchema = closedObject(
  {
    /** A neutral paraphrase of what was said. */
    label: line('a neutral paraphrase of the statement', 160),
    /** Who said it, as the outlets attribute it: Putin, Xi, Ushakov… */
    speaker: line('who said it, for example Putin', 60),
    /** The event it was said at: an id from content/events. */
    event: line('the event id from content/events', 80),
    /** The topic it belongs to, if any: an id from topics.yaml. */
    topic: line('a topic id from topics.yaml', 60).optional(),
    /** Outlet id → the outlet's words, verbatim from its article. */
    renderings: z
      .record(z.string(), line("the outlet's words, copied exactly from its article", 600), {
        error: 'must map outlet ids to quotes: write "  tass: the words as TASS printed them"',
      })
      .refine((r) => Object.keys(r).length > 0, { error: 'is empty: add at least one outlet and its words' }),
  },
  'a statement',
);

const variant = closedObject(
  {
    /** The wording, as shown: "full-scale war". */
    label: line('the wording as shown', 60),
    /** The phrases counted as this wording. */
    patterns: markers('phrase'),
    /** Phrases in which those phrases do not count. */
    except: except(),
  },
  'a word-choice variant',
);

/** `word-choice.yaml`: how each outlet names the same thing. */
export const wordChoiceSchema = closedObject(
  {
    label: line('what is being named, for example "The war in Ukraine"', 80),
    description: line('one neutral sentence on what is compared', 200),
    variants: z.array(variant).min(2, { error: 'needs at least two variants to compare' }),
  },
  'a word-choice group',
);

/** `sources.yaml`: whom an outlet cites. */
export const sourceSchema = closedObject(
  {
    label: line('the name of the source', 80),
    patterns: markers('phrase that shows the source is cited'),
    /** Phrases in which those phrases do not count. */
    except: except(),
  },
  'a source',
);

/** `figures.yaml`: what a figure measures. */
export const measureSchema = closedObject(
  {
    label: line('what the figure measures, for example "Bilateral trade"', 80),
    markers: patterns('word or phrase near the figure'),
  },
  'a figure measure',
);

export type TopicData = z.infer<typeof topicSchema>;
export type StatementData = z.infer<typeof statementSchema>;
export type WordChoiceData = z.infer<typeof wordChoiceSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type MeasureData = z.infer<typeof measureSchema>;
