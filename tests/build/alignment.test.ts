/** The built /data/alignment.json: its shape, and that it is made of the articles' own sentences. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/build/alignment-input.ts';
import { splitSentences } from '../../src/lib/align/sentences.ts';
import { alignmentSchema, checkAlignment, type AlignmentData } from '../../src/schemas/alignment.ts';
import { contentDir, dist } from '../helpers/site.ts';

const articles = readArticles(contentDir);
let data: AlignmentData;
beforeAll(async () => {
  data = alignmentSchema.parse(JSON.parse(await readFile(path.join(dist, 'data/alignment.json'), 'utf8')));
});

describe('/data/alignment.json', () => {
  it('has the shape of the issue, and passes the checks the build runs', () => {
    expect(Object.keys(data)).toEqual(['version', 'events']);
    for (const e of data.events) {
      expect(Object.keys(e)).toEqual(['event', 'groups']);
      for (const g of e.groups) {
        expect(Object.keys(g)).toEqual(['id', 'label', 'members']);
        for (const m of g.members) expect(Object.keys(m)).toEqual(['outlet', 'article', 'paragraph', 'text']);
      }
    }
    const problems = checkAlignment(data, {
      articles: new Map(
        articles.map((a) => [a.article, { outlet: a.outlet, event: a.event, paragraphs: new Map(a.blocks.map((b) => [b.id, b.text])) }]),
      ),
    });
    expect(problems).toEqual([]);
  });

  it('lists every event two or more outlets cover, and groups sentences of that event only', () => {
    const outlets = new Map<string, Set<string>>();
    for (const a of articles) outlets.set(a.event, (outlets.get(a.event) ?? new Set()).add(a.outlet));
    expect(data.events.map((e) => e.event).sort()).toEqual(
      [...outlets]
        .filter(([, o]) => o.size >= 2)
        .map(([e]) => e)
        .sort(),
    );
    for (const e of data.events)
      for (const g of e.groups) for (const m of g.members) expect(articles.find((a) => a.article === m.article)?.event).toBe(e.event);
  });

  it('has sentences, not paragraphs, each exactly as in its paragraph and in one group only', () => {
    const seen = new Set<string>();
    let members = 0;
    for (const e of data.events)
      for (const g of e.groups) {
        expect(new Set(g.members.map((m) => m.outlet)).size).toBeGreaterThanOrEqual(2);
        for (const m of g.members) {
          const block = articles.find((a) => a.article === m.article)?.blocks.find((b) => b.id === m.paragraph);
          expect(block, `${m.article}#${m.paragraph}`).toBeDefined();
          expect(splitSentences(block!.text).map((s) => s.text)).toContain(m.text);
          const key = `${m.article}#${m.paragraph} ${m.text}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
          members++;
        }
      }
    expect(members).toBeGreaterThan(0);
  });

  it('labels the groups that hold a curated statement, and gives every group an id unique in its event', () => {
    for (const e of data.events) {
      const ids = e.groups.map((g) => g.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(data.events.flatMap((e) => e.groups).filter((g) => g.label !== null).length).toBeGreaterThan(0);
  });
});
