import type { z } from 'astro/zod';
import { closedObject, line, pointInTime } from './fields.ts';

/** One event the outlets covered: `content/events/<event-id>.yaml`. */
export const eventSchema = closedObject(
  {
    /** A neutral title, for example "Putin–Xi video call, 4 February 2026". */
    title: line('a neutral title for the event', 120),
    /** The day it happened (YYYY-MM-DD). */
    date: pointInTime(),
    /** One or two neutral sentences on what happened. */
    description: line('one or two neutral sentences on what happened', 400),
  },
  'an event',
);

export type EventData = z.infer<typeof eventSchema>;
