/**
 * The build's content checks, run without Astro, in the build's order:
 *
 * 1. preflight: src/build/preflight.ts, as the build calls it;
 * 2. yaml: each file of each collection of src/content.config.ts read as
 *    Astro's glob loader reads it (its own js-yaml and frontmatter parser);
 * 3. schema: the collection's real zod schema, with Astro's own reference();
 *    lists in comparison/ go through their real loader (src/data/list-loader.ts);
 * 4. corpus and comparison: src/data/content.ts itself (loadCorpus, then
 *    loadComparison), reading the entries above through a stand-in for
 *    `astro:content`'s getCollection.
 *
 * What Astro adds in between is kept as small as it is here: the file and
 * id of each entry, and the "file: field: message" line made of each
 * problem with src/build/failure.ts, as the build makes it of Astro's report.
 * Rendering (Astro's Markdown processor) is left out: content.ts checks
 * what the plugins check, with the file's line. The build tests run one
 * case per stage through the real build, so the two cannot drift apart
 * unnoticed.
 *
 * The test file using this must route Astro's modules here, as src/ imports them by name:
 *   vi.mock('astro:content', async () => (await import('../helpers/content-stages.ts')).astroContent());
 *   vi.mock('astro/loaders', async () => (await import('../helpers/content-stages.ts')).astroLoaders());
 */
import { glob as findFiles, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';
import type { z } from 'astro/zod';
import { entryLabel, issueLine, shown, summarizeFailure } from '../../src/build/failure.ts';
import { preflight } from '../../src/build/preflight.ts';
import { root } from './build.ts';

export type Stage = 'preflight' | 'yaml' | 'schema' | 'list file' | 'corpus' | 'comparison';

export interface Finding {
  stage: Stage;
  /** One "file: field: message" line each, as the build prints them. */
  problems: string[];
}

// The YAML parser Astro's loaders use (its own dependency, not one of ours).
const yaml = createRequire(path.join(root, 'node_modules/astro/package.json'))('js-yaml') as {
  load: (text: string, options?: { filename?: string }) => unknown;
};

interface YamlError {
  name: string;
  reason: string;
  mark: { line: number };
}
const isYamlError = (e: unknown): e is YamlError => (e as YamlError | undefined)?.name === 'YAMLException';

interface Entry {
  id: string;
  data: unknown;
  body?: string | undefined;
  /** Relative to the project, as Astro's loaders store it. */
  filePath: string;
  rendered?: { html: string } | undefined;
}

/**
 * What `astro:content`'s getCollection returns while a check runs. Kept on
 * globalThis: vi.resetModules() gives the mocked module a fresh copy of this
 * file, which must read the same entries.
 */
const STORE = Symbol.for('parallax.test.collections');
const collections: Map<string, Entry[]> = ((globalThis as Record<symbol, unknown>)[STORE] ??= new Map()) as Map<string, Entry[]>;

/** The stand-in for `astro:content`: Astro's own defineCollection and reference(); getCollection reads what the check loaded. */
export async function astroContent() {
  return {
    defineCollection: (await import('astro/content/config')).defineCollection,
    reference: (await import('astro/content/runtime')).createReference(),
    getCollection: async (name: string) => collections.get(name) ?? [],
  };
}

/** The stand-in for `astro/loaders`: glob() only keeps its options, which the check reads. */
export function astroLoaders() {
  return { glob: (options: { pattern: string; base: string }) => ({ name: 'glob', options, load: async () => undefined }) };
}

interface Collection {
  schema?: z.ZodType;
  loader: { name: string; options?: { pattern: string; base: string }; load: (context: LoaderContext) => Promise<void> };
}

/** Thrown by a stage to end the check with its finding. */
class Stop extends Error {
  readonly finding: Finding;
  constructor(finding: Finding) {
    super(finding.problems.join('\n'));
    this.finding = finding;
  }
}

function schemaProblems(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => issueLine(label, `${issue.path.join('.')}: ${issue.message}`));
}

/** A file of a glob collection, read and checked as Astro's glob loader does. */
async function globEntry(file: string, schema: z.ZodType | undefined): Promise<Entry> {
  const contents = await readFile(file, 'utf-8');
  const id = path.basename(file, path.extname(file));
  let data: unknown;
  let body: string | undefined;
  try {
    if (file.endsWith('.md')) {
      const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
      data = parsed.frontmatter;
      body = parsed.content.trim();
    } else {
      data = yaml.load(contents, { filename: file });
    }
  } catch (error) {
    if (!isYamlError(error)) throw error;
    // As Astro reports it and summarizeFailure shortens it: js-yaml's reason, at its line as Astro counts it
    // (from 1 in a YAML file; in frontmatter, which js-yaml reads from the end of the first ---, as js-yaml counts it).
    const line = file.endsWith('.md') ? error.mark.line : error.mark.line + 1;
    throw new Stop({ stage: 'yaml', problems: [`${shown(file, root)}: line ${line}: is not valid YAML: ${error.reason}`] });
  }
  const parsed = schema ? schema.safeParse(data) : { success: true as const, data };
  if (!parsed.success) throw new Stop({ stage: 'schema', problems: schemaProblems(entryLabel(file, id, root), parsed.error) });
  return { id, data: parsed.data, body, filePath: path.relative(root, file), rendered: body === undefined ? undefined : { html: '' } };
}

/** A list file's entries, through its real loader, each parsed with the collection's schema. */
async function listEntries(collection: Collection): Promise<Entry[]> {
  const entries: Entry[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => void entries.splice(0), set: (entry: Entry) => void entries.push(entry) },
    parseData: async ({ id, data, filePath }: { id: string; data: unknown; filePath: string }) => {
      const parsed = collection.schema!.safeParse(data);
      if (!parsed.success) throw new Stop({ stage: 'schema', problems: schemaProblems(entryLabel(filePath, id, root), parsed.error) });
      return parsed.data;
    },
  } as unknown as LoaderContext;
  try {
    await collection.loader.load(context);
  } catch (error) {
    if (error instanceof Stop) throw error;
    throw new Stop({ stage: 'list file', problems: lines(error) });
  }
  return entries;
}

/** An error of src/ ("file: field: message"), as the build's summary prints it. */
function lines(error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  const summary = summarizeFailure({ name: error instanceof Error ? error.name : 'Error', message }, root);
  return summary.length > 0 ? summary : [message];
}

/**
 * Runs the build's content checks on a content folder, without Astro; returns
 * the first stage's problems, or no problems and 'comparison' when all pass.
 */
export async function checkContent(contentDir: string): Promise<Finding> {
  const shape = await preflight(contentDir, root);
  if (shape.length > 0) return { stage: 'preflight', problems: shape };

  const previous = process.env['PARALLAX_CONTENT'];
  process.env['PARALLAX_CONTENT'] = contentDir;
  collections.clear();
  // Fresh modules each time: content.config.ts reads PARALLAX_CONTENT, content.ts keeps what it loaded.
  vi.resetModules();
  try {
    const config = (await import('../../src/content.config.ts')) as unknown as { collections: Record<string, Collection> };
    for (const [name, collection] of Object.entries(config.collections)) {
      const { options } = collection.loader;
      if (options) {
        const files: string[] = [];
        for await (const file of findFiles(options.pattern, { cwd: options.base })) files.push(path.join(options.base, file));
        collections.set(name, await Promise.all(files.sort().map((file) => globEntry(file, collection.schema))));
      } else {
        collections.set(name, await listEntries(collection));
      }
    }
    const content = await import('../../src/data/content.ts');
    await content.loadCorpus().catch((error: unknown) => {
      throw new Stop({ stage: 'corpus', problems: lines(error) });
    });
    await content.loadComparison().catch((error: unknown) => {
      throw new Stop({ stage: 'comparison', problems: lines(error) });
    });
    return { stage: 'comparison', problems: [] };
  } catch (error) {
    if (error instanceof Stop) return error.finding;
    throw error;
  } finally {
    if (previous === undefined) delete process.env['PARALLAX_CONTENT'];
    else process.env['PARALLAX_CONTENT'] = previous;
  }
}
