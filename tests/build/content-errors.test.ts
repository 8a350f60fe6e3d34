/**
 * Broken content must stop the build with one message that names the file,
 * the field and the fix, and must leave the previous site untouched.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, root, runBuild, scratchContent, snapshotFolder } from '../helpers/build.ts';

async function edit(file: string, from: RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!from.test(text)) throw new Error(`fixture edit did not apply: ${from} in ${file}`);
  await writeFile(file, text.replace(from, to));
}

const cases: { name: string; change: (dir: string) => Promise<void>; file: string; message: string }[] = [
  {
    name: 'an impossible date',
    change: (d) => edit(path.join(d, 'articles/tass.md'), /^published: .*$/m, 'published: 2026-02-31'),
    file: 'articles/tass.md',
    message: 'published "2026-02-31" is not a real date: write a date as YYYY-MM-DD',
  },
  {
    name: 'a date that is not a date',
    change: (d) => edit(path.join(d, 'articles/rt.md'), /^published: .*$/m, 'published: last Wednesday'),
    file: 'articles/rt.md',
    message: 'published: "last Wednesday" is not a date: write a date as YYYY-MM-DD',
  },
  {
    name: 'a reference to an outlet that does not exist',
    change: (d) => edit(path.join(d, 'articles/tass.md'), /^outlet: tass$/m, 'outlet: tas'),
    file: 'articles/tass.md',
    message: 'outlet "tas" is not an outlet: use one of devdiscourse, kyiv-independent, pivot-to-asia, rt, tass, or add content/outlets/tas.yaml',
  },
  {
    name: 'a reference to an event that does not exist',
    change: (d) => edit(path.join(d, 'articles/rt.md'), /^event: .*$/m, 'event: putin-xi-call-2026-02-05'),
    file: 'articles/rt.md',
    message: 'event "putin-xi-call-2026-02-05" is not an event: use one of putin-xi-call-2025-01-21, putin-xi-call-2026-02-04',
  },
  {
    name: 'an unknown key',
    change: (d) => edit(path.join(d, 'articles/rt.md'), /^headline: /m, 'headlin: '),
    file: 'articles/rt.md',
    message: 'headlin: is not a field of an article: did you mean headline?',
  },
  {
    name: 'a missing field',
    change: (d) => edit(path.join(d, 'outlets/rt.yaml'), /^homepage: .*\n/m, ''),
    file: 'outlets/rt.yaml',
    message: 'homepage: is required: write the outlet home page as a full https:// address',
  },
  {
    name: 'an empty body',
    change: async (d) => {
      const file = path.join(d, 'articles/devdiscourse.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.slice(0, text.indexOf('\n---', 4) + 5));
    },
    file: 'articles/devdiscourse.md',
    message: 'body is empty: paste the article text below the frontmatter',
  },
  {
    name: 'two paragraphs that would share an id',
    change: (d) => appendFile(path.join(d, 'articles/rt.md'), '\nThe two leaders talked for almost an hour, again.\n'),
    file: 'articles/rt.md',
    message: 'paragraph id "the-two-leaders-talked-for-almost" is already used by the paragraph at line',
  },
  {
    name: 'a curated rendering that is not in its article word for word',
    change: (d) => edit(path.join(d, 'comparison/statements.yaml'), /tass: "Every season is spring"/, 'tass: "Every season is a spring"'),
    file: 'comparison/statements.yaml',
    message: 'statement "spring-all-year", rendering for tass: "Every season is a spring" is not in ',
  },
  {
    name: 'a comparison entry without an id',
    change: (d) => edit(path.join(d, 'comparison/topics.yaml'), /- id: taiwan\n/, '- name: taiwan\n'),
    file: 'comparison/topics.yaml',
    message: 'entry 7 id undefined is not an id: give it "id:" in lower case with hyphens',
  },
];

describe('a build with broken content', () => {
  let previous: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    // A good build first: every failing build below must leave it byte for byte.
    previous = path.join(tmpdir(), `parallax-dist-${process.pid}`);
    const good = await runBuild(path.join(root, 'content'), previous);
    expect(good.code, good.output).toBe(0);
    before = await snapshotFolder(previous);
  });

  afterAll(() => cleanup(previous));

  it.each(cases)('fails on $name, naming the file, the field and the fix', async ({ change, file, message }) => {
    const content = await scratchContent(change);
    try {
      const result = await runBuild(content, previous);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(message);
      expect(result.output).toContain(path.join(content, file).replace(/^\/private/, '').split(path.sep).slice(-2).join('/'));
      expect(result.output).toContain('Build failed, dist/ was left as it was.');
      expect(await snapshotFolder(previous)).toEqual(before);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
