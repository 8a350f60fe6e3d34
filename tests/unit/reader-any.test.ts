/** The reader past the prerender bound: its address (lib/reader/address.ts) and the per-event data the browser lines up (data/reader-any.ts). */
import { describe, expect, it } from 'vitest';
import { readerData } from '../../src/data/reader-any.ts';
import type { ReaderEvent } from '../../src/data/reader.ts';
import { pairFromSearch, pairSearch } from '../../src/lib/reader/address.ts';
import { readerRows, type ReaderArticle } from '../../src/lib/reader/rows.ts';

const OUTLETS = ['tass', 'rt', 'example-wire'];

describe('the address of a pair', () => {
  it('reads the pair a query names', () => {
    expect(pairFromSearch('?a=tass&b=example-wire', OUTLETS)).toEqual(['tass', 'example-wire']);
    expect(pairFromSearch('b=tass&a=rt&x=1', OUTLETS)).toEqual(['rt', 'tass']);
  });

  it('names no pair for a missing, unknown or repeated outlet', () => {
    expect(pairFromSearch('', OUTLETS)).toBeUndefined();
    expect(pairFromSearch('?a=tass', OUTLETS)).toBeUndefined();
    expect(pairFromSearch('?a=tass&b=nobody', OUTLETS)).toBeUndefined();
    expect(pairFromSearch('?a=tass&b=tass', OUTLETS)).toBeUndefined();
  });

  it('writes a query that reads back as the same pair, whatever the ids hold', () => {
    expect(pairSearch('tass', 'example-wire')).toBe('?a=tass&b=example-wire');
    const odd = ['a&b=c', 'x y'];
    expect(pairFromSearch(pairSearch('x y', 'a&b=c'), odd)).toEqual(['x y', 'a&b=c']);
  });
});

describe("an event's reader data", () => {
  const block = (id: string, kind: string, text: string, number: number) => ({ id, kind, text, number, depth: kind === 'heading' ? 3 : undefined });
  const outlet = (id: string, name: string, blocks: ReturnType<typeof block>[]) => {
    const article = { id: `${id}-2026`, blocks };
    return { outlet: { id, name }, articles: [article], primary: article };
  };
  const tass = outlet('tass', 'TASS', [
    block('t0', 'standfirst', 'The two leaders spoke by video link.', 0),
    block('t1', 'heading', 'Trade', 0),
    block('t2', 'paragraph', 'Trade passed $200 billion. Ties are at their best.', 1),
  ]);
  const rt = outlet('rt', 'RT', [block('r1', 'paragraph', 'Trade exceeded $200 billion annually. Energy was discussed.', 1)]);
  const groups = [
    {
      id: 'g1',
      label: 'Trade',
      members: [
        { outlet: 'tass', article: 'tass-2026', paragraph: 't2', text: 'Trade passed $200 billion.', extra: 1 },
        { outlet: 'rt', article: 'rt-2026', paragraph: 'r1', text: 'Trade exceeded $200 billion annually.', extra: 1 },
      ],
    },
  ];
  const event = { event: { id: 'call' }, outlets: [tass, rt], groups, pairs: [] } as unknown as ReaderEvent;
  const full = (o: typeof tass): ReaderArticle[] => o.articles.map((a) => ({ outlet: o.outlet.id, article: a.id, blocks: a.blocks }));

  it('holds each outlet with its sentence blocks only, and the groups without other fields', () => {
    const data = readerData(event);
    expect(data.outlets.map((o) => [o.id, o.name, o.primary])).toEqual([
      ['tass', 'TASS', 'tass-2026'],
      ['rt', 'RT', 'rt-2026'],
    ]);
    expect(data.outlets[0]!.articles[0]!.blocks.map((b) => b.id)).toEqual(['t0', 't2']);
    expect(Object.keys(data.groups[0]!.members[0]!).sort()).toEqual(['article', 'outlet', 'paragraph', 'text']);
  });

  it('gives the browser the same rows as the build, in both orders', () => {
    const data = JSON.parse(JSON.stringify(readerData(event))) as ReturnType<typeof readerData>;
    const [a, b] = data.outlets as [(typeof data.outlets)[0], (typeof data.outlets)[0]];
    const rows = readerRows(a.articles, b.articles, data.groups);
    expect(rows).toEqual(readerRows(full(tass), full(rt), groups));
    expect(rows.map((r) => r.kind)).toEqual(['only', 'pair', 'only', 'only']);
    expect(readerRows(b.articles, a.articles, data.groups)).toEqual(readerRows(full(rt), full(tass), groups));
  });
});
