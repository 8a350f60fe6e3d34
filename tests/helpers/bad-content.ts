/**
 * The bad-content corpus: tests/fixtures/bad-content/<case>/ changes a copy
 * of content/ (case.json) and names the one message the build must stop with
 * (message.txt), which begins with the file it names, relative to the
 * content folder. The unit tests run every case through the build's checks
 * without Astro (tests/unit/bad-content.test.ts); the build tests run one
 * case per stage through the real build (tests/build/bad-content.test.ts).
 */
import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { root, scratchContent } from './build.ts';
import type { Stage } from './content-stages.ts';

const corpus = path.join(root, 'tests/fixtures/bad-content');

/** What a case does to the copy, in this order. */
export interface Change {
  mkdir?: string[];
  /** [file, regular expression (multiline; "(?s)" first makes . match newlines), replacement] */
  replace?: [string, string, string][];
  append?: [string, string][];
  copy?: [string, string][];
  remove?: string[];
  write?: [string, string][];
  /** [file, bytes]: appends filler paragraphs until the file has grown by that much */
  pad?: [string, number][];
  /** [file, text]: appends the text encoded as Latin-1, not UTF-8 */
  latin1?: [string, string][];
}

export interface BadCase {
  name: string;
  change: Change;
  /** The message, beginning with the file it names relative to the content folder. */
  message: string;
  /** That file (or folder), relative to the content folder. */
  file: string;
}

export async function applyChange(dir: string, c: Change): Promise<void> {
  for (const folder of c.mkdir ?? []) await mkdir(path.join(dir, folder), { recursive: true });
  for (const [file, source, to] of c.replace ?? []) {
    const full = path.join(dir, file);
    const dotAll = source.startsWith('(?s)');
    const pattern = new RegExp(dotAll ? source.slice(4) : source, dotAll ? 'ms' : 'm');
    const text = await readFile(full, 'utf8');
    if (!pattern.test(text)) throw new Error(`case does not apply: ${source} not in ${file}`);
    await writeFile(full, text.replace(pattern, to));
  }
  for (const [file, text] of c.append ?? []) await appendFile(path.join(dir, file), text);
  for (const [from, to] of c.copy ?? []) await copyFile(path.join(dir, from), path.join(dir, to));
  for (const file of c.remove ?? []) await rm(path.join(dir, file));
  for (const [file, text] of c.write ?? []) await writeFile(path.join(dir, file), text);
  for (const [file, text] of c.latin1 ?? []) await appendFile(path.join(dir, file), Buffer.from(`\n${text}\n`, 'latin1'));
  for (const [file, bytes] of c.pad ?? []) {
    const paragraph = 'Filler paragraph that stands for pasted text far beyond any article. ';
    const blocks: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const line = `${i} ${paragraph.repeat(10)}\n\n`;
      blocks.push(line);
      size += line.length;
    }
    await appendFile(path.join(dir, file), `\n${blocks.join('')}`);
  }
}

export const badCases: BadCase[] = readdirSync(corpus)
  .sort()
  .map((name) => {
    const message = readFileSync(path.join(corpus, name, 'message.txt'), 'utf8').trim();
    return {
      name,
      change: JSON.parse(readFileSync(path.join(corpus, name, 'case.json'), 'utf8')) as Change,
      message,
      file: message.slice(0, message.indexOf(':')),
    };
  });

export function badCase(name: string): BadCase {
  const found = badCases.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name} in tests/fixtures/bad-content/`);
  return found;
}

/** A scratch copy of content/ with the case applied (remove it when done). */
export const brokenContent = (c: BadCase): Promise<string> => scratchContent((dir) => applyChange(dir, c.change));

/**
 * Whether the problem lines a build or the stages printed are exactly the
 * case's one message, naming its file in the content folder `dir`.
 */
export function expectOneMessage(problems: readonly string[], dir: string, c: BadCase): void {
  expect(problems, problems.join('\n')).toHaveLength(1);
  expect(problems[0]).toContain(c.message);
  expect(problems[0]?.trim().startsWith(path.join(dir, c.file)), problems[0]).toBe(true);
}

/**
 * The cases the build tests run through the real build, one for each stage
 * of the build that can stop it, with the step of tests/helpers/content-stages.ts
 * that finds it. Every case, these included, is a unit test.
 */
export const endToEnd = {
  'the shape check before Astro (preflight)': { name: '36-empty-outlet-yaml', stage: 'preflight' },
  'the YAML parser': { name: '17-invalid-yaml-frontmatter', stage: 'yaml' },
  'a schema': { name: '05-unknown-article-key', stage: 'schema' },
  'the plain-text check': { name: '13-script-tag', stage: 'corpus' },
  'the cross-file checks': { name: '09-same-outlet-and-event-twice', stage: 'corpus' },
  'the check of quoted renderings against the articles': { name: '11-rendering-not-verbatim', stage: 'comparison' },
} as const satisfies Record<string, { name: string; stage: Stage }>;
