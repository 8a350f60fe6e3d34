/**
 * `npm run import`: each fixture page (shaped like a wire agency, a
 * broadcaster, a newspaper with a paywall banner, an aggregator with trending
 * lists, a blog-like analysis site and a Chinese newspaper) imports to its
 * hand-made expected copy byte for byte; the report names what was left out;
 * each failure stops with one line and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/import/cli.ts';
import { ImportError, importPage, outletStub, report, type ImportResult } from '../../src/import/import.ts';
import { preflight } from '../../src/build/preflight.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { articleBlocks, parseMarkdown } from '../../src/lib/blocks.ts';
import { root, snapshotFolder } from '../helpers/build.ts';
import { decodePage } from '../../src/import/page.ts';
import { normaliseDate } from '../../src/import/metadata.ts';

const fixtures = path.join(root, 'tests/fixtures/import');
const CASES = ['wire-agency', 'broadcaster', 'newspaper-paywall', 'aggregator', 'analysis-blog', 'other-script'];
const CAPTURED = '2026-02-05';

/** The events the fixtures cover, written here so the tests do not depend on content/. */
export const EVENTS: Record<string, string> = {
  'putin-xi-call-2026-02-04': 'title: Putin–Xi video call, 4 February 2026\ndate: 2026-02-04\ndescription: The two leaders held a video call.\n',
  'putin-xi-call-2025-01-21': 'title: Putin–Xi video call, 21 January 2025\ndate: 2025-01-21\ndescription: The two leaders held a video call.\n',
};

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function emptyContent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-import-'));
  made.push(dir);
  await mkdir(path.join(dir, 'events'), { recursive: true });
  for (const [id, yaml] of Object.entries(EVENTS)) await writeFile(path.join(dir, 'events', `${id}.yaml`), yaml);
  return dir;
}

async function caseOf(name: string): Promise<{ outlet: string; event: string }> {
  return JSON.parse(await readFile(path.join(fixtures, name, 'case.json'), 'utf8')) as { outlet: string; event: string };
}

async function importCase(name: string, contentRoot: string, force = false): Promise<ImportResult> {
  const { outlet, event } = await caseOf(name);
  return importPage({ page: path.join(fixtures, name, 'page.html'), outlet, event, force, contentRoot, root, captured: CAPTURED });
}

/** The command as an editor runs it (npm sets INIT_CWD to the folder the command was typed in), in this process. */
const cli = (args: string[], contentRoot: string) => run(args, { ...process.env, PARALLAX_CONTENT: contentRoot, INIT_CWD: root });

describe('importing the fixture pages', () => {
  it.each(CASES)('%s gives its hand-made expected copy, byte for byte', async (name) => {
    const content = await emptyContent();
    const result = await importCase(name, content);
    const expected = await readFile(path.join(fixtures, name, 'expected.md'), 'utf8');
    expect(await readFile(result.article, 'utf8')).toBe(expected);
    expect(result.problems).toEqual([]);
  });

  it('keeps quote marks, dashes, no-break and ideographic spaces as the page prints them', async () => {
    const content = await emptyContent();
    const wire = await readFile((await importCase('wire-agency', content)).article, 'utf8');
    expect(wire).toContain('$200\u00a0billion');
    expect(wire).toContain('“Every season is spring”');
    expect(wire).toContain('— a position');
    const zh = await readFile((await importCase('other-script', content)).article, 'utf8');
    expect(zh).toContain('本报北京2月4日电\u3000');
    // What the site renders from the Markdown is the page's text, with no escapes left over.
    for (const file of [wire, zh]) {
      const body = file.slice(file.indexOf('\n---\n') + 5);
      expect(articleBlocks(parseMarkdown(body)).every((b) => !b.text.includes('\\'))).toBe(true);
    }
  });

  it('reports the counts and the blocks left out, by their headings', async () => {
    const content = await emptyContent();
    const aggregator = await importCase('aggregator', content);
    expect({ paragraphs: aggregator.paragraphs, words: aggregator.words }).toEqual({ paragraphs: 4, words: 80 });
    const labels = aggregator.leftOut.filter((l) => !l.inArticle).map((l) => l.label);
    expect(labels).toContain('block (.col-md-4) "TRENDING"');
    expect(labels.some((l) => l.startsWith('block (.left-menu)'))).toBe(true);
    expect(labels.some((l) => l.startsWith('block (.cookie-bar)'))).toBe(true);
    expect(labels).toContain('footer (.site-footer) "Contact"');

    const wire = await importCase('wire-agency', content);
    const outside = wire.leftOut.filter((l) => !l.inArticle).map((l) => l.label);
    expect(outside).toContain('dialog (.cookie-consent) "Cookie notice"');
    expect(outside).toContain('section (.more-news) "More on this topic"');
    expect(outside.some((l) => l.startsWith('list (.share-bar)'))).toBe(true);
    // The "Read also" box sat between two paragraphs: its sentences are listed for the editor to check.
    const inside = wire.leftOut.filter((l) => l.inArticle);
    expect(inside.flatMap((l) => l.sentences)).toEqual(['Read also', 'Kremlin confirms Putin–Xi call, says agenda “very full”']);

    const text = report(wire, root);
    expect(text).toMatch(/^Wrote .*northwire\.md: 7 paragraphs, 172 words, 2 subheadings\.$/m);
    expect(text).toContain('  headline: JSON-LD NewsArticle headline');
    expect(text).toContain('  byline: the only author the page names is the outlet itself (Northwire): left out');
    expect(text).toContain('  section (.more-news) "More on this topic"');
  });

  it('says where each value came from, and what the page does not state', async () => {
    const content = await emptyContent();
    const blog = await importCase('analysis-blog', content);
    expect(blog.sources).toContain('byline: JSON-LD Article author');
    expect(blog.sources).toContain('published: the page states no date: written as undated');
    const paywall = await importCase('newspaper-paywall', content);
    expect(paywall.sources).toContain("headline: JSON-LD NewsArticle headline, with the quote marks and dashes the article's h1 prints");
    const zh = await importCase('other-script', content);
    expect(zh.sources).toContain('byline: JSON-LD NewsArticle author (2 names, joined with commas)');
    const broadcaster = await importCase('broadcaster', content);
    expect(broadcaster.sources).toContain("standfirst: the article's first block, which is word for word the page's JSON-LD NewsArticle description");
  });

  it("writes an outlet's further article on another event as <outlet>-<event>.md", async () => {
    const content = await emptyContent();
    const first = await importCase('newspaper-paywall', content);
    const second = await importPage({
      page: path.join(fixtures, 'wire-agency/page.html'),
      outlet: 'harbour-herald',
      event: 'putin-xi-call-2026-02-04',
      contentRoot: content,
      root,
      captured: CAPTURED,
    });
    expect(path.basename(first.article)).toBe('harbour-herald.md');
    expect(path.basename(second.article)).toBe('harbour-herald-putin-xi-call-2026-02-04.md');
    expect(second.outletStub).toBeUndefined();
  });
});

describe('reading a saved page', () => {
  it('decodes it in the charset it declares, and reads dates in the forms the schema takes', () => {
    // "Путин" in windows-1251, as older Russian sites still serve it.
    const bytes = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"></head><body><p>'),
      Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(decodePage(bytes, 'page.html')).toContain('<p>Путин</p>');
    expect(normaliseDate('2026-02-04T16:41:00+0530')).toEqual({ value: '2026-02-04T16:41:00+05:30' });
    expect(normaliseDate('2026-02-04 16:41:00Z')).toEqual({ value: '2026-02-04T16:41:00Z' });
    expect(normaliseDate('2026-02-04T16:41:00')).toEqual({
      value: '2026-02-04',
      note: 'it gives 16:41:00 without a UTC offset, so only the day is kept',
    });
    expect(normaliseDate('2026-02-31')).toBeUndefined();
    expect(normaliseDate('04-02-2026 16:41 IST')).toBeUndefined();
  });
});

describe('a new outlet', () => {
  it('gets a stub from og:site_name and the canonical origin, which the build refuses until the editor fills it', async () => {
    const content = await emptyContent();
    const result = await importCase('newspaper-paywall', content);
    const stubFile = path.join(content, 'outlets/harbour-herald.yaml');
    expect(result.outletStub).toBe(stubFile);
    const stub = await readFile(stubFile, 'utf8');
    expect(parse(stub)).toEqual({ name: 'The Harbour Herald', homepage: 'https://harbourherald.example/', language: 'en' });
    // Exactly the fields the editor must fill, in the build's own words.
    expect(result.toFill).toEqual([
      `${stubFile}: kind: is required: write the kind of outlet in lower case, for example "news agency"`,
      `${stubFile}: country: is required: write the country the outlet is based in, or "Not stated"`,
      `${stubFile}: description: is required: write one neutral sentence saying who the outlet is`,
      `${stubFile}: descriptionSource: is required: add descriptionSource with a name and a url for the description`,
    ]);
    // The content folder's shape is fine; the outlet schema the build runs refuses the stub with those messages.
    expect(await preflight(content, root)).toEqual([]);
    const refused = outletSchema.safeParse(parse(stub));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual(
      result.toFill.map((line) => line.slice(stubFile.length + 2)),
    );
    const filled = `${stub}kind: online newspaper\ncountry: Nowhere\ndescription: A fictional newspaper.\ndescriptionSource:\n  name: Parallax test fixtures\n  url: https://example.com/about\n`;
    expect(outletSchema.safeParse(parse(filled)).success).toBe(true);
    expect(report(result, root)).toContain('a stub for the new outlet. Fill in, before building:');
  });

  it('leaves out of the stub what the page does not state, and says to write it', () => {
    const stub = outletStub({});
    expect(parse(stub)).toBeNull();
    expect(stub).toContain('# name: the outlet name');
    expect(stub).toContain('# homepage: https://');
  });

  it('is not written over an outlet that has its YAML', async () => {
    const content = await emptyContent();
    await mkdir(path.join(content, 'outlets'));
    const yaml =
      'name: Northwire\nkind: news agency\ncountry: Nowhere\nhomepage: https://northwire.example/\ndescription: A fictional wire.\ndescriptionSource:\n  name: Parallax test fixtures\n  url: https://example.com/about\n';
    await writeFile(path.join(content, 'outlets/northwire.yaml'), yaml);
    const result = await importCase('wire-agency', content);
    expect(result.outletStub).toBeUndefined();
    expect(await readFile(path.join(content, 'outlets/northwire.yaml'), 'utf8')).toBe(yaml);
    expect(report(result, root)).toContain("The copy passes the build's checks.");
  });
});

describe('failures: one line, exit status 1, nothing written', () => {
  async function fails(args: string[], content: string, message: string | RegExp) {
    const before = await snapshotFolder(content);
    const result = await cli(args, content);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(await snapshotFolder(content)).toEqual(before);
  }
  const event = ['--event', 'putin-xi-call-2026-02-04'];

  it('a file that is not HTML: a PDF, plain text, an MHTML archive, an empty file', async () => {
    const content = await emptyContent();
    await fails(
      ['tests/fixtures/import/failures/not-html.pdf', '--outlet', 'northwire', ...event],
      content,
      /^tests\/fixtures\/import\/failures\/not-html\.pdf: is not an HTML page \(it looks like a PDF\): save the article from the browser/,
    );
    const text = path.join(content, 'page.txt');
    await writeFile(text, 'Putin and Xi held a video call on Wednesday. They spoke for an hour. Trade was discussed.\n');
    await fails([text, '--outlet', 'northwire', ...event], content, /: is not an HTML page \(it looks like plain text\)/);
    const mhtml = path.join(content, 'page.mhtml');
    await writeFile(
      mhtml,
      'From: <Saved by Blink>\nSnapshot-Content-Location: https://northwire.example/world/1874032\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary"\n\n',
    );
    await fails([mhtml, '--outlet', 'northwire', ...event], content, /: is not an HTML page \(it looks like an MHTML web archive\)/);
    const empty = path.join(content, 'empty.html');
    await writeFile(empty, '');
    await fails([empty, '--outlet', 'northwire', ...event], content, /empty\.html: is empty: save the article/);
  });

  it('a page with no article (a home page of teasers)', async () => {
    await fails(
      ['tests/fixtures/import/failures/home-page.html', '--outlet', 'northwire', ...event],
      await emptyContent(),
      /^tests\/fixtures\/import\/failures\/home-page\.html: has no article: /,
    );
  });

  it('an article shorter than a few sentences (a paywalled stub)', async () => {
    await fails(
      ['tests/fixtures/import/failures/paywalled-stub.html', '--outlet', 'harbour-herald', ...event],
      await emptyContent(),
      /^tests\/fixtures\/import\/failures\/paywalled-stub\.html: the article found is too short \(1 sentence\): a copy needs at least 3; /,
    );
  });

  it('an existing copy without --force; with --force it is replaced', async () => {
    const content = await emptyContent();
    const page = 'tests/fixtures/import/wire-agency/page.html';
    const first = await cli([page, '--outlet', 'northwire', ...event], content);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Wrote .*articles\/northwire\.md: 7 paragraphs, 172 words, 2 subheadings\./);
    const file = path.join(content, 'articles/northwire.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Ushakov said', 'Ushakov, the aide, said'));
    await fails(
      [page, '--outlet', 'northwire', ...event],
      content,
      /articles\/northwire\.md: already holds northwire's article on putin-xi-call-2026-02-04: nothing was written; pass --force to replace it/,
    );
    const forced = await cli([page, '--outlet', 'northwire', ...event, '--force'], content);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('\nUshakov said the leaders');
  });

  it('an unknown event, a bad outlet id, a missing page, missing arguments', async () => {
    const content = await emptyContent();
    const page = 'tests/fixtures/import/wire-agency/page.html';
    await fails(
      [page, '--outlet', 'northwire', '--event', 'summit'],
      content,
      /^--event "summit": is not an event: use one of putin-xi-call-2025-01-21, putin-xi-call-2026-02-04, or add .*events\/summit\.yaml$/,
    );
    await fails(
      [page, '--outlet', 'North Wire', ...event],
      content,
      /^--outlet "North Wire": is not an outlet id: write it in lower case with hyphens/,
    );
    await fails(['nowhere.html', '--outlet', 'northwire', ...event], content, /^nowhere\.html: does not exist/);
    await fails([page, ...event], content, /^usage: npm run import -- <saved-page\.html> --outlet <outlet-id> --event <event-id> \[--force\]$/);
  });

  // Starts a Node process that loads the importer: room for a loaded machine.
  it('exits with status 1 when run as a script, printing the line on stderr', async () => {
    const content = await emptyContent();
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'src/import/cli.ts'), 'tests/fixtures/import/failures/not-html.pdf', '--outlet', 'northwire', ...event],
      {
        cwd: root,
        env: { ...process.env, PARALLAX_CONTENT: content },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tests\/fixtures\/import\/failures\/not-html\.pdf: is not an HTML page/);
    expect(await readdir(content)).toEqual(['events']);
    await expect(
      importPage({
        page: path.join(fixtures, 'failures/home-page.html'),
        outlet: 'northwire',
        event: 'putin-xi-call-2026-02-04',
        contentRoot: content,
        root,
      }),
    ).rejects.toBeInstanceOf(ImportError);
  }, 120_000);
});
