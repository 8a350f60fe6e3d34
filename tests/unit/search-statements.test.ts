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
  matchedSentences,
  nextStatementFiles,
  parseStatementMeta,
  sameStatements,
  statementFiles,
  statementMeta,
  statementPath,
  STATEMENTS_META,
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
const tassBlocks = [{ id: 't1', text: TASS }];
const files = statementFiles(events, href);
const groups = new Map(files.map((f) => [f.group, f.body]));
const tassHit = { outlet: 'tass', text: TASS, sentences: parseStatementMeta(statementMeta(events, 'tass', tassBlocks)).get('t1')! };

describe('the metadata an article page carries', () => {
  it('names each grouped sentence with its place in the paragraph and its group, and reads back; an article with none carries none', () => {
    const meta = statementMeta(events, 'tass', tassBlocks)!;
    expect(meta).toBe('t1@0-67=spring t1@68-79=trade');
    expect(TASS.slice(0, 67)).toBe('"Every season is spring" for Russian-Chinese relations, Putin said.');
    expect(parseStatementMeta(meta)).toEqual(
      new Map([
        [
          't1',
          [
            { start: 0, end: 67, group: 'spring' },
            { start: 68, end: 79, group: 'trade' },
          ],
        ],
      ]),
    );
    expect(statementMeta(events, 'kyiv-independent', [])).toBeUndefined();
    expect(parseStatementMeta(undefined)).toEqual(new Map());
    expect(parseStatementMeta('a@1-2=b=c a@5-3=x =x a@x-2=y z@0-4=w')).toEqual(new Map([['z', [{ start: 0, end: 4, group: 'w' }]]]));
  });
});

describe('the group files', () => {
  it('hold the label, the number of outlets and the members: outlet, verbatim sentence, paragraph link', () => {
    expect(files.map((f) => statementPath(f.event, f.group))).toEqual(['/data/statements/call/spring.json', '/data/statements/call/trade.json']);
    expect(groups.get('spring')).toMatchObject({ label: 'Spring all year', outlets: 3 });
    expect(groups.get('spring')!.members[0]).toEqual({ outlet: 'pivot', text: PIVOT, href: '/outlets/pivot/#p3' });
  });

  it('keep the sentences of the first few outlets only, however many report the statement', () => {
    const many = [
      {
        event: 'e',
        groups: [
          {
            id: 'g',
            label: null,
            members: Array.from({ length: 30 }, (_, i) => ({
              outlet: `o${String(i).padStart(2, '0')}`,
              article: `a${i}`,
              paragraph: 'p',
              text: 'Same.',
            })),
          },
        ],
      },
    ];
    const [file] = statementFiles(many, href, 2);
    expect(file!.body.outlets).toBe(30);
    expect(file!.body.members.map((m) => m.outlet)).toEqual(['o00', 'o01', 'o02']);
  });
});

describe('which statements a result shows', () => {
  it('shows the other outlets of the group of the sentence holding the exact phrase, marked by wording', () => {
    const found = sameStatements(tassHit, groups, parseQuery('"every season is spring"'));
    expect(found).toHaveLength(1);
    expect(found[0]!.sentence).toBe('"Every season is spring" for Russian-Chinese relations, Putin said.');
    expect(found[0]!.others.map((o) => [o.outlet, o.wording, o.text])).toEqual([
      ['pivot', 'worded differently', PIVOT],
      // Curly quote marks for straight ones are the same words.
      ['rt', 'same words', '“Every season is spring” for Russian-Chinese relations, Putin said.'],
    ]);
    expect(found[0]!.others[0]!.href).toBe('/outlets/pivot/#p3');
    expect(found[0]!.more).toBe(0);
  });

  it('fetches and shows only the groups of sentences holding a match, and nothing for a group whose file did not load', () => {
    expect(matchedSentences(tassHit.sentences, TASS, parseQuery('"every season is spring"')).map((s) => s.group)).toEqual(['spring']);
    // "Trade" is in the paragraph's second sentence, whose group has no other outlet.
    expect(matchedSentences(tassHit.sentences, TASS, parseQuery('trade')).map((s) => s.group)).toEqual(['trade']);
    expect(sameStatements(tassHit, groups, parseQuery('trade'))).toEqual([]);
    expect(sameStatements(tassHit, new Map(), parseQuery('"every season is spring"'))).toEqual([]);
  });

  it('takes loose words as well as phrases, and lists at most a few other outlets, counting the rest', () => {
    const found = sameStatements(tassHit, groups, parseQuery('spring relations'), 1);
    expect(found[0]!.others.map((o) => o.outlet)).toEqual(['pivot']);
    expect(found[0]!.more).toBe(1);
  });
});

describe('what a search step fetches', () => {
  it('fetches each group file once, in the order results show them, and at most a few per step', () => {
    const wanted = ['a', 'b', 'a', 'c', 'd', 'e'];
    expect(nextStatementFiles(wanted, new Set(['b']), 3)).toEqual(['a', 'c', 'd']);
    expect(nextStatementFiles(wanted, new Set(['a', 'b', 'c', 'd', 'e']), 3)).toEqual([]);
    expect(
      nextStatementFiles(
        Array.from({ length: 50 }, (_, i) => `f${i}`),
        new Set(),
      ),
    ).toHaveLength(10);
  });
});

describe('the search session', () => {
  it("keeps each result's event and grouped sentences from its page's metadata", () => {
    const page: PageData = {
      url: '/outlets/tass/',
      content: TASS,
      filters: { outlet: ['tass'], event: ['call'] },
      locations: [0],
      anchors: [{ element: 'p', id: 't1', text: TASS, location: 0 }],
      meta: { title: 'x', [STATEMENTS_META]: statementMeta(events, 'tass', tassBlocks)! },
    };
    const query = parseQuery('"every season is spring"');
    const s = new SearchSession({ query, state: { q: '"every season is spring"', outlet: '', kind: '', event: '' }, total: 1, outletCount: 5 });
    s.step();
    s.record([page]);
    expect(s.hits[0]!.event).toBe('call');
    expect(s.hits[0]!.statements.get('t1')!.map((x) => x.group)).toEqual(['spring', 'trade']);
  });
});

describe('on the edition', () => {
  const articles = readArticles(contentDir);
  const alignment = align(articles, readStatements(contentDir));
  const byId = new Map(articles.map((a) => [a.article, a]));
  const real = new Map(statementFiles(alignment.events, href).map((f) => [f.group, f.body]));

  it("a search for TASS's “every season is spring” shows Pivot to Asia's “spring continues throughout the year”, worded differently", () => {
    const tass = byId.get('tass')!;
    const meta = parseStatementMeta(statementMeta(alignment.events, 'tass', tass.blocks));
    const paragraph = tass.blocks.find((b) => b.text.includes('Every season is spring'))!;
    const found = sameStatements(
      { outlet: 'tass', text: paragraph.text, sentences: meta.get(paragraph.id) ?? [] },
      real,
      parseQuery('"every season is spring"'),
    );
    const pivot = found.flatMap((s) => s.others).filter((o) => o.outlet === 'pivot-to-asia');
    expect(
      pivot.some((o) => o.text.includes('spring continues throughout the year, no matter the season') && o.wording === 'worded differently'),
    ).toBe(true);
    // Each shown sentence is verbatim in the paragraph its link names, and each metadata range is a grouped sentence.
    for (const o of found.flatMap((s) => s.others)) {
      const [, article, id] = /^\/outlets\/([^/]+)\/#(.+)$/.exec(o.href)!;
      expect(byId.get(article!)!.blocks.find((b) => b.id === id)!.text).toContain(o.text);
    }
    for (const a of articles)
      for (const [id, sentences] of parseStatementMeta(statementMeta(alignment.events, a.article, a.blocks)))
        for (const s of sentences) {
          const text = a.blocks.find((b) => b.id === id)!.text.slice(s.start, s.end);
          expect(
            alignment.events
              .flatMap((e) => e.groups)
              .find((g) => g.id === s.group)!
              .members.map((m) => m.text),
          ).toContain(text);
        }
  });
});
