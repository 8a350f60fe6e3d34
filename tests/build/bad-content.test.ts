/**
 * The bad-content corpus: tests/fixtures/bad-content/<case>/ changes a copy
 * of content/ (case.json) and names the one message the build must stop with
 * (message.txt). Every case must fail with exactly that message, naming the
 * file, the field or line and the fix, and must leave the last good site
 * byte for byte.
 */
import { appendFile, copyFile, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, root, runBuild, scratchContent, snapshotFolder } from '../helpers/build.ts';

const corpus = path.join(root, 'tests/fixtures/bad-content');

interface Case {
  mkdir?: string[];
  replace?: [string, string, string][];
  append?: [string, string][];
  copy?: [string, string][];
  remove?: string[];
  write?: [string, string][];
  pad?: [string, number][];
  latin1?: [string, string][];
}

async function apply(dir: string, c: Case): Promise<void> {
  for (const folder of c.mkdir ?? []) await mkdir(path.join(dir, folder), { recursive: true });
  for (const [file, source, to] of c.replace ?? []) {
    const full = path.join(dir, file);
    const dotAll = source.startsWith('(?s)');
    const pattern = new RegExp(dotAll ? source.slice(4) : source, dotAll ? 'ms' : 'm');
    const text = await readFile(full, 'utf8');
    if (!pattern.test(text)) throw new Error(`case does not apply: ${source} not in ${file}`);
    await writeFile(full, text.replace(pattern, to));
  }
  for (const [file, text] of c.append ?? []) await promisify(appendFile)(path.join(dir, file), text);
  for (const [from, to] of c.copy ?? []) await promisify(copyFile)(path.join(dir, from), path.join(dir, to));
  for (const file of c.remove ?? []) await rm(path.join(dir, file));
  for (const [file, text] of c.write ?? []) await writeFile(path.join(dir, file), text);
  for (const [file, text] of c.latin1 ?? []) await promisify(appendFile)(path.join(dir, file), Buffer.from(`\n${text}\n`, 'latin1'));
  for (const [file, bytes] of c.pad ?? []) {
    const paragraph = 'Filler paragraph that stands for pasted text far beyond any article. ';
    const blocks: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const line = `${i} ${paragraph.repeat(10)}\n\n`;
      blocks.push(line);
      size += line.length;
    }
    await promisify(appendFile)(path.join(dir, file), `\n${blocks.join('')}`);
  }
}

const cases = readdirSync(corpus)
  .sort()
  .map((name) => ({
    name,
    change: JSON.parse(readFileSync(path.join(corpus, name, 'case.json'), 'utf8')) as Case,
    message: readFileSync(path.join(corpus, name, 'message.txt'), 'utf8').trim(),
  }));

describe('the bad-content corpus', () => {
  it('has at least 25 cases across outlets, events, articles and comparison data', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const folder of ['outlets/', 'events/', 'articles/', 'comparison/'])
      expect(
        cases.some((c) => c.message.startsWith(folder)),
        folder,
      ).toBe(true);
  });
});

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

  it.concurrent.each(cases)('$name stops the build with its one message and leaves the last site untouched', async ({ change, message }) => {
    const content = await scratchContent((dir) => apply(dir, change));
    try {
      const result = await runBuild(content, previous);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('Build failed, dist/ was left as it was.');
      const summary = result.output.slice(result.output.lastIndexOf('Build failed'));
      const problems = summary.split('\n').filter((l) => l.startsWith('  '));
      expect(problems, result.output.slice(-3000)).toHaveLength(1);
      expect(problems[0]).toContain(message);
      expect(problems[0]?.trim().startsWith(path.join(content, message.split(':')[0]!))).toBe(true);
      expect(await snapshotFolder(previous)).toEqual(before);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
