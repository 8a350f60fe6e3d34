/**
 * Search that knows statements (src/lib/search-statements.ts): the metadata
 * an article page carries, the group files, and which other outlets' words a
 * result shows, on made-up groups and on the edition's own alignment.
 */
import { describe, expect, it } from 'vitest';
import { readArticles, readStatements } from '../../src/build/alignment-input.ts';
import { align } from '../../src/lib/align/align.ts';
import { parseQuery } from '../../src/lib/search-query.ts';
import { SearchSession, type PageData } from '../../src/lib/search-session.ts';
import {
  parseStatementMeta,
  sameStatements,
  statementFiles,
  statementMeta,
  statementPath,
  STATEMENTS_META,
  type StatementGroup,
} from '../../src/lib/search-statements.ts';
import { contentDir } from '../helpers/site.ts';

const TASS = '"Every season is spring" for Russian-Chinese relations, Putin said. Trade grew.';
const PIVOT = 'As President Putin noted, “in terms of Russia-China relations, spring continues throughout the year, no matter the season.”';

const events = [
  {
    event: 'call',
    groups: [
      {
        id: 'spring',
        label: 'Spring all year',
        members: [
          { outlet: 'pivot', article: 'pivot', paragraph: 'p3', text: PIVOT },
          { outlet: 'rt', article: 'rt', paragraph: 'r1', text: '“Every season is spring” for Russian-Chinese relations, Putin said.' },
          { outlet: 'tass', article: 'tass', paragraph: 't1', text: '"Every season is spring" for Russian-Chinese relations, Putin said.' },
        ],
      },
      { id: 'trade', label: null, members: [{ outlet: 'tass', article: 'tass', paragraph: 't1', text: 'Trade grew.' }] },
    ],
  },
];
const href = (article: string, paragraph: string) => `/outlets/${article}/#${paragraph}`;
const files = statementFiles(events, href);
const group = (id: string): StatementGroup => files.find((f) => f.group === id)!.body;
const tassHit = { page: '/outlets/tass/', outlet: 'tass', paragraph: 't1', text: TASS };

describe('the metadata an article page carries', () => {
  it('names each grouped paragraph with its groups, and reads back; an article with none carries none', () => {
    const meta = statementMeta(events, 'tass')!;
    expect(meta).toBe('t1=spring t1=trade');
    expect(parseStatementMeta(meta)).toEqual(new Map([['t1', ['spring', 'trade']]]));
    expect(statementMeta(events, 'kyiv-independent')).toBeUndefined();
    expect(parseStatementMeta(undefined)).toEqual(new Map());
    expect(parseStatementMeta('a=b=c  =x y= z=w')).toEqual(new Map([['z', ['w']]]));
  });
});

describe('the group files', () => {
  it('hold the label and every member: outlet, verbatim sentence, paragraph link', () => {
    expect(files.map((f) => statementPath(f.event, f.group))).toEqual(['/data/statements/call/spring.json', '/data/statements/call/trade.json']);
    expect(group('spring').label).toBe('Spring all year');
    expect(group('spring').members[0]).toEqual({ outlet: 'pivot', text: PIVOT, href: '/outlets/pivot/#p3' });
  });
});

describe('which statements a result shows', () => {
  it('shows the other outlets of the group of the sentence holding the exact phrase, marked by wording', () => {
    const found = sameStatements(tassHit, [group('spring'), group('trade')], parseQuery('"every season is spring"'));
    expect(found).toHaveLength(1);
    expect(found[0]!.sentence).toBe('"Every season is spring" for Russian-Chinese relations, Putin said.');
    expect(found[0]!.others.map((o) => [o.outlet, o.wording, o.text])).toEqual([
      ['pivot', 'worded differently', PIVOT],
      // Curly quote marks for straight ones are the same words.
      ['rt', 'same words', '“Every season is spring” for Russian-Chinese relations, Putin said.'],
    ]);
    expect(found[0]!.others[0]!.href).toBe('/outlets/pivot/#p3');
  });

  it('shows nothing for a group whose sentence in the paragraph does not hold the match, or whose file did not load', () => {
    // "Trade" is in the paragraph's second sentence, whose group has no other outlet.
    expect(sameStatements(tassHit, [group('spring'), group('trade')], parseQuery('trade'))).toEqual([]);
    expect(sameStatements(tassHit, [undefined], parseQuery('"every season is spring"'))).toEqual([]);
    // Another page's paragraph with the same id is not this result's sentence.
    expect(sameStatements({ ...tassHit, page: '/outlets/tass/other/' }, [group('spring')], parseQuery('spring'))).toEqual([]);
  });

  it('takes loose words as well as phrases, and lists at most a few other outlets, counting the rest', () => {
    const found = sameStatements(tassHit, [group('spring')], parseQuery('spring relations'), 1);
    expect(found[0]!.others.map((o) => o.outlet)).toEqual(['pivot']);
    expect(found[0]!.more).toBe(1);
  });
});

describe('the search session', () => {
  it("keeps each result's event and grouped paragraphs from its page's metadata", () => {
    const page: PageData = {
      url: '/outlets/tass/',
      content: TASS,
      filters: { outlet: ['tass'], event: ['call'] },
      locations: [0],
      anchors: [{ element: 'p', id: 't1', text: TASS, location: 0 }],
      meta: { title: 'x', [STATEMENTS_META]: statementMeta(events, 'tass')! },
    };
    const query = parseQuery('"every season is spring"');
    const s = new SearchSession({ query, state: { q: '"every season is spring"', outlet: '', kind: '', event: '' }, total: 1, outletCount: 5 });
    s.step();
    s.record([page]);
    expect(s.hits[0]!.event).toBe('call');
    expect(s.hits[0]!.statements.get('t1')).toEqual(['spring', 'trade']);
  });
});

describe('on the edition', () => {
  const articles = readArticles(contentDir);
  const alignment = align(articles, readStatements(contentDir));
  const byId = new Map(articles.map((a) => [a.article, a]));
  const real = statementFiles(alignment.events, href);

  it("a search for TASS's “every season is spring” shows Pivot to Asia's “spring continues throughout the year”, worded differently", () => {
    const tass = byId.get('tass')!;
    const meta = parseStatementMeta(statementMeta(alignment.events, 'tass'));
    const paragraph = tass.blocks.find((b) => b.text.includes('Every season is spring'))!;
    const groups = (meta.get(paragraph.id) ?? []).map((g) => real.find((f) => f.group === g)?.body);
    const found = sameStatements(
      { page: '/outlets/tass/', outlet: 'tass', paragraph: paragraph.id, text: paragraph.text },
      groups,
      parseQuery('"every season is spring"'),
    );
    const pivot = found.flatMap((s) => s.others).filter((o) => o.outlet === 'pivot-to-asia');
    expect(
      pivot.some((o) => o.text.includes('spring continues throughout the year, no matter the season') && o.wording === 'worded differently'),
    ).toBe(true);
    // Each shown sentence is verbatim in the paragraph its link names.
    for (const o of found.flatMap((s) => s.others)) {
      const [, article, id] = /^\/outlets\/([^/]+)\/#(.+)$/.exec(o.href)!;
      expect(byId.get(article!)!.blocks.find((b) => b.id === id)!.text).toContain(o.text);
    }
  });
});
