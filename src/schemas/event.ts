import { z } from 'astro/zod';
import { KNOWN_NOUNS, kindFromTitle, nounOfKind, PREPOSITIONS, VOCABULARY, type Preposition } from '../lib/event-words.ts';
import { closedObject, line, pointInTime } from './fields.ts';

const known = `${KNOWN_NOUNS.slice(0, -1).join(', ')} or ${KNOWN_NOUNS.at(-1)}`;

/** One event the outlets covered: `content/events/<event-id>.yaml`. */
export const eventSchema = closedObject(
  {
    /** A neutral title, for example "Putin–Xi video call, 4 February 2026". */
    title: line('a neutral title for the event', 120),
    /** The day it happened (YYYY-MM-DD). */
    date: pointInTime(),
    /** One or two neutral sentences on what happened. */
    description: line('one or two neutral sentences on what happened', 400),
    /**
     * What kind of event it is: "video call", "summit", "election", "speech".
     * The pages' words for it follow from its last word; left out, it is read
     * from the title ("Putin–Xi video call, …" → "video call"), else "event".
     */
    kind: line('what kind of event it is, for example video call, summit or election', 60).optional(),
    /**
     * The singular noun the pages use for it in running text: "Different
     * call.", "What was said in the call". Defaults to the last word of kind
     * when that is one Parallax knows (call, summit, election…).
     */
    noun: line('the noun the pages use for the event, such as call or summit', 30)
      .refine((s) => /^\p{Ll}[\p{Ll}\s-]*$/u.test(s), {
        error: 'must be a lower-case noun such as call or summit: the pages use it mid-sentence ("a different call")',
      })
      .optional(),
    /** How the pages say what was said there: in (the call), at (the summit) or during (the visit). Defaults by noun. */
    preposition: z
      .enum(PREPOSITIONS, {
        error: `must be one of ${PREPOSITIONS.join(', ')}: as in "what was said in the call", "at the summit", "during the visit"`,
      })
      .optional(),
    /**
     * Searches the search page offers as examples, each as a reader would
     * type it; the first in quote marks is the example of an exact search.
     * Each should find something in this event's articles.
     */
    searchExamples: z
      .array(line('a search, as a reader would type it: a word, or words in quote marks', 80), {
        error: `must be a list: write one "- search" a line, for example - '"every season is spring"'`,
      })
      .min(1, { error: 'is empty: list one to five searches, or remove the field' })
      .max(5, { error: 'has more than five searches: keep the five that show the search best' })
      .default([]),
  },
  'an event',
).transform((event, ctx) => {
  const kind = event.kind ?? kindFromTitle(event.title);
  const noun = event.noun ?? nounOfKind(kind);
  if (noun === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['noun'],
      input: event,
      message: `is required, because the kind "${kind}" does not end in a noun Parallax knows (${known}): write the singular noun the pages should use for this event ("a different …"), for example noun: ${kind.trim().split(/\s+/).at(-1)?.toLowerCase()}`,
    });
    return z.NEVER;
  }
  const preposition: Preposition | undefined = event.preposition ?? (Object.hasOwn(VOCABULARY, noun) ? VOCABULARY[noun] : undefined);
  if (preposition === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['preposition'],
      input: event,
      message: `is required, because "${noun}" is not a noun Parallax knows: write in, at or during, as the pages should say "what was said … the ${noun}"`,
    });
    return z.NEVER;
  }
  return { ...event, kind, noun, preposition };
});

export type EventData = z.output<typeof eventSchema>;
