/**
 * The content folder's shape, checked before Astro runs, and the summary of
 * what a failed Astro build printed: both end as one "file: field: fix" line
 * per problem.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeFailure, type AstroFailure } from '../../src/build/failure.ts';
import { root, scratchContent } from '../helpers/build.ts';
import { preflight, requiredFields } from '../../src/build/preflight.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { z } from 'astro/zod';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function copy(change: (dir: string) => Promise<unknown>): Promise<string> {
  const dir = await scratchContent(async (d) => void (await change(d)));
  made.push(dir);
  return dir;
}

describe('requiredFields', () => {
  it('reads the fields a file must have from its schema', () => {
    expect(requiredFields(articleSchema(() => z.string()))).toEqual(['outlet', 'event', 'headline', 'published', 'url']);
    expect(requiredFields(outletSchema)).toEqual(['name', 'kind', 'country', 'homepage', 'description', 'descriptionSource']);
  });
});

describe('preflight', () => {
  it('passes the real content, dotfiles and editor backups', async () => {
    expect(await preflight(path.join(root, 'content'), root)).toEqual([]);
    const dir = await copy(async (d) => {
      await writeFile(path.join(d, 'articles/.DS_Store'), '');
      await writeFile(path.join(d, 'outlets/rt.yaml~'), '');
    });
    expect(await preflight(dir, root)).toEqual([]);
  });

  it('names an empty or comment-only YAML file and the fields to write', async () => {
    const dir = await copy(async (d) => {
      await writeFile(path.join(d, 'outlets/rt.yaml'), '');
      await writeFile(path.join(d, 'events/putin-xi-call-2026-02-04.yaml'), '# to do\n');
    });
    expect(await preflight(dir, root)).toEqual([
      `${dir}/outlets/rt.yaml: file: is empty: write the fields of one outlet: name, kind, country, homepage, description, descriptionSource, one "field: value" per line`,
      `${dir}/events/putin-xi-call-2026-02-04.yaml: file: is empty: write the fields of one event: title, date, description, one "field: value" per line`,
    ]);
  });

  it('names YAML that is a list or a single value', async () => {
    const dir = await copy(async (d) => {
      await writeFile(path.join(d, 'outlets/rt.yaml'), '- name: RT\n');
      await writeFile(path.join(d, 'outlets/tass.yaml'), 'TASS\n');
    });
    const problems = await preflight(dir, root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/outlets\/rt\.yaml: file: is not a set of fields: .* not a list$/);
    expect(problems[1]).toMatch(/outlets\/tass\.yaml: file: is not a set of fields: .* not a single value$/);
  });

  it('leaves YAML syntax errors to the loader, which gives the line', async () => {
    const dir = await copy((d) => writeFile(path.join(d, 'outlets/rt.yaml'), 'name: [unclosed\n'));
    expect(await preflight(dir, root)).toEqual([]);
  });

  it('names an article without frontmatter, with it unclosed, or empty', async () => {
    const dir = await copy(async (d) => {
      await writeFile(path.join(d, 'articles/rt.md'), 'Russian President Vladimir Putin praised…\n');
      await writeFile(path.join(d, 'articles/tass.md'), '---\noutlet: tass\n\nMOSCOW, February 4.\n');
      await writeFile(path.join(d, 'articles/devdiscourse.md'), '\uFEFF---\n# nothing yet\n---\n\nText.\n');
    });
    expect(await preflight(dir, root)).toEqual([
      `${dir}/articles/devdiscourse.md: frontmatter: is empty: between the two --- lines, write outlet, event, headline, published, url, one "field: value" per line`,
      `${dir}/articles/rt.md: frontmatter: is missing: start the file with a line ---, then outlet, event, headline, published, url (one "field: value" per line), then a line --- and the article text`,
      `${dir}/articles/tass.md: frontmatter: is not closed: add a line --- after its last field, before the article text`,
    ]);
  });

  it('names files the loaders would skip without a word: other extensions and subfolders', async () => {
    const dir = await copy(async (d) => {
      await rename(path.join(d, 'articles/rt.md'), path.join(d, 'articles/rt.markdown'));
      await rename(path.join(d, 'outlets/rt.yaml'), path.join(d, 'outlets/rt.json'));
      await mkdir(path.join(d, 'articles/2026'));
      await rename(path.join(d, 'articles/tass.md'), path.join(d, 'articles/2026/tass.md'));
    });
    expect(await preflight(dir, root)).toEqual([
      `${dir}/outlets/rt.json: file name: is not read: outlets/ takes .yaml or .yml files, each holding one outlet; rename it to rt.yaml`,
      `${dir}/articles/2026/: folder: is not read: the build reads only the files directly in articles/; move its files up`,
      `${dir}/articles/rt.markdown: file name: is not read: articles/ takes .md files, each holding one article; rename it to rt.md`,
    ]);
  });

  it('names a missing content folder or collection folder', async () => {
    expect(await preflight('/nonexistent/content', root)).toEqual([
      '/nonexistent/content: folder: is missing: create it with outlets/, events/, articles/ and comparison/, or set PARALLAX_CONTENT to the content folder',
    ]);
    const dir = await copy((d) => rm(path.join(d, 'events'), { recursive: true }));
    expect(await preflight(dir, root)).toEqual([`${dir}/events/: folder: is missing: create it with one file per event (.yaml or .yml)`]);
  });

  it('shows files inside the project relative to it', async () => {
    const problems = await preflight(path.join(root, 'tests/fixtures'), root);
    expect(problems[0]).toMatch(/^tests\/fixtures\/outlets\/: folder: is missing/);
  });
});

describe('summarizeFailure', () => {
  // Errors as Astro's programmatic build throws them (captured from real failed builds), reported by src/build/astro-step.ts.
  it('keeps every schema issue of a file, joining Zod’s continuation lines and dropping Astro’s bold marks', () => {
    const failure: AstroFailure = {
      name: 'InvalidContentEntryDataError',
      message: [
        '**articles → rt** data does not match collection schema.',
        '',
        '  **outlet**: **outlet: Did not match union.',
        '> Required',
        '  **headline**: is required: write the headline',
        '',
      ].join('\n'),
      file: `${root}/content/articles/rt.md`,
      line: 0,
      origin: 'InvalidContentEntryDataError',
    };
    expect(summarizeFailure(failure, root)).toEqual([
      'content/articles/rt.md: outlet: Did not match union. Required',
      'content/articles/rt.md: headline: is required: write the headline',
    ]);
  });

  it('names the entry of a list file and counts list items from 1', () => {
    const failure: AstroFailure = {
      name: 'InvalidContentEntryDataError',
      message: '**topics → taiwan** data does not match collection schema.\n\n  **markers.1**: is empty: write a marker word or phrase\n',
      file: `${root}/content/comparison/topics.yaml`,
      line: 0,
    };
    expect(summarizeFailure(failure, root)).toEqual([
      'content/comparison/topics.yaml: entry "taiwan": markers, item 2: is empty: write a marker word or phrase',
    ]);
  });

  it('gives the line of YAML that does not parse, in a data file or in frontmatter', () => {
    const data: AstroFailure = {
      name: 'DataCollectionEntryParseError',
      message: '**../../tmp/c/outlets/rt.yaml** failed to parse: unexpected end of the stream within a flow collection',
      file: '/tmp/c/outlets/rt.yaml',
      line: 11,
      origin: 'YAMLException',
    };
    expect(summarizeFailure(data, root)).toEqual([
      '/tmp/c/outlets/rt.yaml: line 11: is not valid YAML: unexpected end of the stream within a flow collection',
    ]);
    const front: AstroFailure = {
      name: 'MarkdownError',
      message: 'unexpected end of the stream within a double quoted scalar',
      file: `${root}/content/articles/rt.md`,
      line: 8,
      origin: 'YAMLException',
    };
    expect(summarizeFailure(front, root)).toEqual([
      'content/articles/rt.md: line 8: is not valid YAML: unexpected end of the stream within a double quoted scalar',
    ]);
  });

  it('passes on the one line of Parallax’s own checks, and nothing for an error it does not know', () => {
    const own: AstroFailure = { name: 'ContentError', message: 'content/articles/tass.md: outlet: "tas" is not an outlet: use one of rt, tass' };
    expect(summarizeFailure(own, root)).toEqual(['content/articles/tass.md: outlet: "tas" is not an outlet: use one of rt, tass']);
    expect(summarizeFailure({ name: 'TypeError', message: 'x is not a function' }, root)).toEqual([]);
    // A Markdown error that is not YAML's is not reported as YAML.
    expect(
      summarizeFailure({ name: 'MarkdownError', message: 'boom', file: `${root}/content/articles/rt.md`, line: 3, origin: 'Error' }, root),
    ).toEqual([]);
  });
});
