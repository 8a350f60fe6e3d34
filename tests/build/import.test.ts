/**
 * A content folder made only of imported copies builds: the six fixture pages
 * imported with `npm run import`'s module, their outlet stubs filled in as an
 * editor would, events and empty comparison lists written here, then the
 * real build.
 */
import { appendFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Page } from '../../src/build/checks.ts';
import { importPage, type ImportResult } from '../../src/import/import.ts';
import { cleanup, root, runBuild } from '../helpers/build.ts';

const fixtures = path.join(root, 'tests/fixtures/import');
const CASES = ['wire-agency', 'broadcaster', 'newspaper-paywall', 'aggregator', 'analysis-blog', 'other-script'];
const EVENTS: Record<string, string> = {
  'putin-xi-call-2026-02-04': 'title: Putin–Xi video call, 4 February 2026\ndate: 2026-02-04\ndescription: The two leaders held a video call.\n',
  'putin-xi-call-2025-01-21': 'title: Putin–Xi video call, 21 January 2025\ndate: 2025-01-21\ndescription: The two leaders held a video call.\n',
};

let content: string;
let dist: string;
let pages: Page[];
const imported = new Map<string, ImportResult>();

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'parallax-imported-'));
  dist = path.join(tmpdir(), `parallax-imported-dist-${process.pid}`);
  await mkdir(path.join(content, 'events'), { recursive: true });
  await mkdir(path.join(content, 'comparison'), { recursive: true });
  for (const [id, yaml] of Object.entries(EVENTS)) await writeFile(path.join(content, 'events', `${id}.yaml`), yaml);
  for (const list of ['topics', 'statements', 'word-choice', 'sources', 'figures'])
    await writeFile(path.join(content, 'comparison', `${list}.yaml`), '[]\n');
  for (const name of CASES) {
    const { outlet, event } = JSON.parse(await readFile(path.join(fixtures, name, 'case.json'), 'utf8')) as { outlet: string; event: string };
    const result = await importPage({
      page: path.join(fixtures, name, 'page.html'),
      outlet,
      event,
      contentRoot: content,
      root,
      captured: '2026-02-05',
    });
    imported.set(outlet, result);
    // What the stub asks the editor for.
    await appendFile(
      result.outletStub!,
      'kind: news website\ncountry: Nowhere\ndescription: A fictional outlet for the import tests.\ndescriptionSource:\n  name: Parallax test fixtures\n  url: https://example.com/about\n',
    );
  }
  const result = await runBuild(content, dist);
  expect(result.code, result.output).toBe(0);
  pages = await loadSite(dist);
}, 300_000);
afterAll(() => cleanup(content, dist));

describe('a content folder made only of imported copies', () => {
  it('imports each page with no problem for the build', () => {
    expect([...imported.values()].flatMap((r) => r.problems)).toEqual([]);
  });

  it('builds, with a page per outlet showing its imported paragraphs', () => {
    for (const [outlet, result] of imported) {
      const page = pages.find((p) => p.route === `/outlets/${outlet}/`);
      expect(page, outlet).toBeDefined();
      expect(page!.$('.article-body [data-block]').not('[data-block="heading"]').length, outlet).toBe(result.paragraphs);
    }
  });

  it('shows the outlet’s text as the page printed it', () => {
    const wire = pages.find((p) => p.route === '/outlets/northwire/')!;
    expect(wire.$('.article-body').text()).toContain('Bilateral trade has stayed above $200\u00a0billion for a third year in a row');
    const zh = pages.find((p) => p.route === '/outlets/donghai-daily/')!;
    expect(zh.$('.article-body').text()).toContain('本报北京2月4日电\u30002月4日下午，国家主席习近平在北京同俄罗斯总统普京举行视频会晤。');
    const broadcaster = pages.find((p) => p.route === '/outlets/channel-east/')!;
    expect(broadcaster.$('#standfirst').text().trim()).toBe(
      'The Russian and Chinese leaders talked for almost an hour and a half, according to the Kremlin',
    );
    const blog = pages.find((p) => p.route === '/outlets/eurasia-notes/')!;
    expect(blog.$('.article-body ol li').length).toBe(3);
  });
});
