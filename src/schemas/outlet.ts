import type { z } from 'astro/zod';
import { closedObject, languageTag, line, webUrl } from './fields.ts';

/** Who an outlet is: `content/outlets/<outlet-id>.yaml`, the id being the file name. */
export const outletSchema = closedObject(
  {
    /** The outlet's name as it writes it, for example "The Kyiv Independent". */
    name: line('the outlet name', 80),
    /** What kind of outlet, lower case: "state news agency", "state-funded broadcaster", "online newspaper", "news aggregator", "analysis site"… */
    kind: line('the kind of outlet in lower case, for example "news agency"', 60).refine((s) => s === s.toLowerCase(), {
      error: 'must be lower case: write it as "state news agency", not "State News Agency"',
    }),
    /** The country it is based in, or "Not stated" where the outlet does not say. */
    country: line('the country the outlet is based in, or "Not stated"', 60),
    /** The outlet's home page. */
    homepage: webUrl('the outlet home page'),
    /** The language the outlet publishes the covered article in. */
    language: languageTag().default('en'),
    /** One neutral sentence saying who the outlet is (no judgement). */
    description: line('one neutral sentence saying who the outlet is', 240),
    /** Where the description comes from. */
    descriptionSource: closedObject(
      {
        /** The source's name, for example 'Wikipedia, "TASS"'. */
        name: line('the name of the source of the description', 120),
        /** The source's address. */
        url: webUrl('the address of the source of the description'),
      },
      'descriptionSource',
      { error: 'is required: add descriptionSource with a name and a url for the description' },
    ),
  },
  'an outlet',
);

export type OutletData = z.infer<typeof outletSchema>;
