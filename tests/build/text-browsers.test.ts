/**
 * The built pages read right without CSS: in w3m (a text browser, as a reader on a terminal or a braille
 * display sees the page) no hidden label runs into the visible text beside it, and no element that only a
 * stylesheet sets on its own line runs into the word before it.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { root } from '../helpers/build.ts';
import { contentDir, dist, pageAt } from '../helpers/site.ts';
import { gluedHidden, ownText, gluedWords, w3mDump } from '../helpers/text-dump.ts';

let pages: Page[];
let content: string;
const dumps = new Map<string, string>();
const dump = (route: string) => {
  const page = pageAt(pages, route);
  let text = dumps.get(route);
  if (text === undefined) {
    text = w3mDump(path.join(dist, page.file));
    dumps.set(route, text);
  }
  return text;
};

beforeAll(async () => {
  pages = await loadSite(dist);
  content = ownText(contentDir, path.join(root, 'src'));
});

describe('pages in a text browser (w3m)', () => {
  it('print no known run-together strings', () => {
    const outlet = dump('/outlets/rt/').replace(/\s+/g, ' ');
    const compare = dump('/compare/').replace(/\s+/g, ' ');
    const home = dump('/').replace(/\s+/g, ' ');
    for (const glued of [/¶\d+Link/, /Russia Today\.Source/, /\d+Link to paragraph/]) expect(outlet).not.toMatch(glued);
    expect(home).not.toMatch(/\p{Ll}Headline supplied by Parallax/u);
    expect(compare).not.toMatch(/Link to this row: \S+\d+ of \d+/);
    expect(compare).not.toMatch(/\p{L}\d+ of \d+/u);
    expect(compare).not.toMatch(/¶\d+\p{L}/u);
    expect(compare).not.toMatch(/\p{Ll}Attributed to/u);
  });

  it('print no word glued to the next one on any page, except where the content itself spells it so', () => {
    const found = Object.fromEntries(
      pages.map((p) => [p.route, gluedWords(dump(p.route), content)] as const).filter(([, words]) => words.length > 0),
    );
    expect(found).toEqual({});
  });

  it('the glue check finds a label glued to its neighbour', () => {
    expect(gluedWords('Putin and Xi hold video conferenceHeadline supplied, Russia Today.Source: ¶12Russia’s Trade5 of 5', content)).toEqual([
      'conferenceHeadline',
      'Today.Source',
      '12Russia’s',
      'Trade5',
    ]);
    // Words the content or the site spells so are theirs.
    expect(gluedWords('U.S. kWh JavaScript', content)).toEqual([]);
  });
});

describe('visually hidden text', () => {
  it('never touches the word before or after it', () => {
    const found = Object.fromEntries(pages.map((p) => [p.route, gluedHidden(p.$)] as const).filter(([, glued]) => glued.length > 0));
    expect(found).toEqual({});
  });
});
