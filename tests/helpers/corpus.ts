/**
 * The comparison input read straight from a content folder, without Astro,
 * so the analysis in src/lib/ can be tested on the real articles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleBlocks } from '../../src/lib/blocks.ts';
import type { ColumnInput, ComparisonInput } from '../../src/lib/comparison.ts';
import { contentDir, sourceArticles } from './site.ts';

const yamlList = <T>(dir: string, file: string) => parse(readFileSync(path.join(dir, 'comparison', file), 'utf8')) as T[];

export function comparisonInput(dir = contentDir, mainEvent = 'putin-xi-call-2026-02-04'): ComparisonInput {
  const events = new Map<string, { title: string; date: string }>();
  for (const id of ['putin-xi-call-2026-02-04', 'putin-xi-call-2025-01-21']) {
    const e = parse(readFileSync(path.join(dir, 'events', `${id}.yaml`), 'utf8')) as { title: string; date: string };
    events.set(id, { title: e.title, date: String(e.date) });
  }
  const columns: ColumnInput[] = sourceArticles(dir).map((a) => {
    const outlet = parse(readFileSync(path.join(dir, 'outlets', `${a.outlet}.yaml`), 'utf8')) as Record<string, string>;
    const blocks = articleBlocks(a.body);
    const standfirst = a.front['standfirst'];
    if (typeof standfirst === 'string')
      blocks.unshift({ id: 'standfirst', kind: 'standfirst', text: standfirst, line: 0, number: 0, explicit: true });
    const event = events.get(a.event)!;
    const published = String(a.front['published']);
    return {
      outletId: a.outlet,
      outletName: outlet['name']!,
      outletKind: outlet['kind']!,
      outletCountry: outlet['country']!,
      articleId: a.id,
      file: `content/articles/${a.id}.md`,
      headline: String(a.front['headline']),
      headlineSupplied: a.front['headlineSupplied'] === true,
      published: published === 'undated' ? null : { iso: published, date: new Date(published), hasTime: published.length > 10 },
      eventId: a.event,
      eventTitle: event.title,
      eventDate: event.date,
      otherEvent: a.event !== mainEvent,
      blocks,
    };
  });
  const main = events.get(mainEvent)!;
  return {
    event: { id: mainEvent, title: main.title, date: main.date },
    columns,
    topics: yamlList(dir, 'topics.yaml'),
    statements: yamlList(dir, 'statements.yaml'),
    wordChoices: yamlList(dir, 'word-choice.yaml'),
    sources: yamlList(dir, 'sources.yaml'),
    measures: yamlList(dir, 'figures.yaml'),
  };
}
