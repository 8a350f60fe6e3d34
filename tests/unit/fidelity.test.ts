/**
 * The copies in content/ against the captured sources in ../shared/sources,
 * with the project's shared fidelity tool: every sentence kept, none added.
 * The only lines allowed to be missing are the page chrome listed in
 * tests/fixtures/fidelity-chrome.txt (menus, trending lists, footers, the
 * language switcher, and Devdiscourse's metadata bar, whose byline, dateline
 * and time are kept as frontmatter fields).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build.ts';

const tool = path.resolve(root, '../shared/tools/fidelity.mjs');
const shared = existsSync(tool);
// The captured sources live outside the repository, beside it; a checkout without them cannot run this test, and says so.
if (!shared) console.warn(`Skipping the fidelity test: ${tool} is missing (the shared folder with the captured sources sits beside the project).`);

interface Report {
  source: string;
  copy: string | null;
  sentences: number;
  found: number;
  missing: string[];
  added: string[];
}

describe.skipIf(!shared)('article copies', () => {
  it('keep every sentence of every captured source and add none', () => {
    const json = execFileSync(
      process.execPath,
      [tool, path.join(root, 'content'), '--json', '--ignore', path.join(root, 'tests/fixtures/fidelity-chrome.txt')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(json) as Report[];
    expect(report.length).toBeGreaterThanOrEqual(5);
    for (const r of report) {
      expect(r.copy, r.source).not.toBeNull();
      expect({ source: r.source, missing: r.missing, added: r.added }).toEqual({ source: r.source, missing: [], added: [] });
      expect(r.found, r.source).toBe(r.sentences);
    }
  });
});
