import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';

const articles = articleSchema(() => z.string());

/** The messages Astro would print, as "field: message". */
function issues(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

const goodArticle = {
  outlet: 'tass',
  event: 'putin-xi-call-2026-02-04',
  headline: 'A headline',
  published: new Date('2026-02-04T00:00:00Z'),
  url: 'https://tass.com/politics/2081665',
};

const goodOutlet = {
  name: 'TASS',
  kind: 'state news agency',
  country: 'Russia',
  homepage: 'https://tass.com/',
  description: 'Russian state-owned news agency.',
  descriptionSource: { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/TASS' },
};

describe('article frontmatter', () => {
  it('accepts a minimal article and fills defaults', () => {
    const result = articles.safeParse(goodArticle);
    expect(issues(result)).toEqual([]);
    expect(result.data).toMatchObject({ headlineSupplied: false, language: 'en', published: { iso: '2026-02-04', hasTime: false } });
  });

  it('keeps a date-time with its offset as written', () => {
    const result = articles.safeParse({ ...goodArticle, published: '2026-02-04T16:41:00+05:30' });
    expect(result.data?.published).toMatchObject({ iso: '2026-02-04T16:41:00+05:30', hasTime: true });
    expect(result.data?.published?.date.toISOString()).toBe('2026-02-04T11:11:00.000Z');
  });

  it('accepts `undated` as null', () => {
    expect(articles.safeParse({ ...goodArticle, published: 'undated' }).data?.published).toBeNull();
  });

  it.each([
    [
      { published: '2026-02-30' },
      'published: "2026-02-30" is not a date: write a date as YYYY-MM-DD (for example 2026-02-04), or a date and time with its offset in quotes (for example "2026-02-04T16:41:00+05:30"); or write undated if the capture gives no date',
    ],
    [{ published: 'yesterday' }, 'published: "yesterday" is not a date'],
    [{ published: undefined }, 'published: is required: write a date as YYYY-MM-DD'],
    [{ headline: undefined }, 'headline: is required: write the headline'],
    [{ headline: '   ' }, 'headline: is empty: write the headline'],
    [{ url: 'tass.com/politics' }, 'url: is not a web address: write the canonical address of the original article as a full https:// address'],
    [{ language: 'English' }, 'language: is not a language tag: write one such as en, ru or zh-Hans'],
    [{ headlineSupplied: 'yes' }, 'headlineSupplied: must be true or false'],
    [
      { headlineSupplied: true, headlineSource: 'the URL' },
      'headlineSource: cannot go with headlineSupplied: true; remove one (a supplied headline has no source)',
    ],
    [{ captured: 'soon' }, 'captured: "soon" is not a date'],
  ])('rejects %o with an actionable message', (change, message) => {
    const result = articles.safeParse({ ...goodArticle, ...change });
    expect(result.success).toBe(false);
    expect(issues(result).join('\n')).toContain(message);
  });

  it('rejects an unknown key by name, suggesting the field meant', () => {
    expect(issues(articles.safeParse({ ...goodArticle, headlin: 'X' }))).toEqual([
      'headlin: is not a field of an article: did you mean headline? remove it or use one of outlet, event, headline, headlineSupplied, headlineSource, standfirst, byline, bylineSource, dateline, creditLine, published, updated, captured, url, language',
    ]);
    expect(issues(articles.safeParse({ ...goodArticle, bias: 'left' }))[0]).toBe(
      'bias: is not a field of an article: remove it or use one of outlet, event, headline, headlineSupplied, headlineSource, standfirst, byline, bylineSource, dateline, creditLine, published, updated, captured, url, language',
    );
  });
});

describe('outlet data', () => {
  it('accepts a complete outlet', () => {
    expect(issues(outletSchema.safeParse(goodOutlet))).toEqual([]);
  });
  it.each([
    [{ kind: 'State News Agency' }, 'kind: must be lower case: write it as "state news agency", not "State News Agency"'],
    [{ homepage: 'ftp://tass.com' }, 'homepage: is not a web address'],
    [{ description: 'Line one\nline two' }, 'description: must be one line'],
    [{ descriptionSource: undefined }, 'descriptionSource: is required: add descriptionSource with a name and a url for the description'],
    [{ name: 'x'.repeat(81) }, 'name: is longer than 80 characters'],
  ])('rejects %o', (change, message) => {
    expect(issues(outletSchema.safeParse({ ...goodOutlet, ...change })).join('\n')).toContain(message);
  });
  it('rejects unknown keys, also inside descriptionSource', () => {
    expect(issues(outletSchema.safeParse({ ...goodOutlet, bias: 'left' }))).toEqual([
      'bias: is not a field of an outlet: remove it or use one of name, kind, country, homepage, language, description, descriptionSource',
    ]);
    expect(issues(outletSchema.safeParse({ ...goodOutlet, descriptionSource: { ...goodOutlet.descriptionSource, uri: 'x' } }))).toEqual([
      'descriptionSource.uri: is not a field of descriptionSource: did you mean url? remove it or use one of name, url',
    ]);
  });
});

describe('event data', () => {
  it('accepts a YAML date and rejects an impossible one', () => {
    expect(eventSchema.safeParse({ title: 'Call', date: new Date('2026-02-04'), description: 'A call.' }).success).toBe(true);
    expect(issues(eventSchema.safeParse({ title: 'Call', date: '2026-13-01', description: 'A call.' })).join('\n')).toContain(
      'date: "2026-13-01" is not a date',
    );
  });
});

describe('event words', () => {
  const goodEvent = { title: 'Putin–Xi video call, 4 February 2026', date: '2026-02-04', description: 'A call.' };
  const parsed = (change: Record<string, unknown>) => eventSchema.safeParse({ ...goodEvent, ...change });

  it('derives the kind from the title and the noun and preposition from the kind', () => {
    expect(parsed({}).data).toMatchObject({ kind: 'video call', noun: 'call', preposition: 'in', searchExamples: [] });
    expect(parsed({ title: 'Lakeshore summit, 2 March 2031' }).data).toMatchObject({ kind: 'summit', noun: 'summit', preposition: 'at' });
    expect(parsed({ title: 'The Lakeshore Accord' }).data).toMatchObject({ kind: 'event', noun: 'event', preposition: 'at' });
    expect(parsed({ kind: 'presidential election' }).data).toMatchObject({ noun: 'election', preposition: 'during' });
  });

  it('lets the YAML set noun and preposition', () => {
    expect(parsed({ kind: 'state funeral', noun: 'funeral', preposition: 'at' }).data).toMatchObject({ noun: 'funeral', preposition: 'at' });
  });

  it('asks for a noun when the kind is not one it knows, and for a preposition when the noun is not', () => {
    expect(issues(parsed({ kind: 'state funeral' }))).toEqual([
      expect.stringMatching(
        /^noun: is required, because the kind "state funeral" does not end in a noun Parallax knows \(call, summit, .*\): write the singular noun the pages should use for this event \("a different …"\), for example noun: funeral$/,
      ),
    ]);
    expect(issues(parsed({ kind: 'state funeral', noun: 'funeral' }))).toEqual([
      'preposition: is required, because "funeral" is not a noun Parallax knows: write in, at or during, as the pages should say "what was said … the funeral"',
    ]);
  });

  it.each([
    [{ noun: 'Summit' }, 'noun: must be a lower-case noun such as call or summit'],
    [{ preposition: 'on' }, 'preposition: must be one of in, at, during'],
    [{ searchExamples: 'Taiwan' }, 'searchExamples: must be a list'],
    [{ searchExamples: [] }, 'searchExamples: is empty'],
    [{ searchExamples: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'searchExamples: has more than five searches'],
    [{ searchExamples: ['one\ntwo'] }, 'searchExamples.0: must be one line'],
    [{ kinds: 'summit' }, 'kinds: is not a field of an event: did you mean kind?'],
  ])('rejects %o', (change, message) => {
    expect(issues(parsed(change)).join('\n')).toContain(message);
  });
});
