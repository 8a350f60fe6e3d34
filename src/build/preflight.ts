/**
 * The content folder's shape, checked before Astro starts. Astro's loaders
 * handle a few mistakes badly: an empty YAML file crashes the glob loader
 * ("Cannot read properties of undefined"), a Markdown file without
 * frontmatter gives a wall of schema errors, and a file with another
 * extension or in a subfolder is skipped without a word, so an article would
 * silently go missing. Each of those is one line here, naming the file and
 * the fix. Everything else (fields, references, text) is the schemas' and
 * src/data's to check.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleSchema } from '../schemas/article.ts';
import { eventSchema } from '../schemas/event.ts';
import { outletSchema } from '../schemas/outlet.ts';
import { shown } from './failure.ts';

interface Folder {
  name: string;
  /** What one file holds, for messages: "one outlet". */
  holds: string;
  extensions: readonly string[];
  schema: z.ZodType;
  markdown: boolean;
}

const FOLDERS: readonly Folder[] = [
  { name: 'outlets', holds: 'one outlet', extensions: ['.yaml', '.yml'], schema: outletSchema, markdown: false },
  { name: 'events', holds: 'one event', extensions: ['.yaml', '.yml'], schema: eventSchema, markdown: false },
  { name: 'articles', holds: 'one article', extensions: ['.md'], schema: articleSchema(() => z.string()), markdown: true },
];

/** Files an editor or the system leaves beside content, never content: dotfiles and backups. */
const IGNORED = /^\.|~$|\.(swp|bak|orig)$/;

/** The fields a file must have, read from its schema (those an empty object is refused for). */
export function requiredFields(schema: z.ZodType): string[] {
  const result = schema.safeParse({});
  if (result.success) return [];
  return [...new Set(result.error.issues.filter((i) => i.path.length === 1 && /^is required/.test(i.message)).map((i) => String(i.path[0])))];
}

/** Problems with the content folder's shape, one "file: field: message" line each; empty when it is fine. */
export async function preflight(contentRoot: string, root: string): Promise<string[]> {
  const problems: string[] = [];
  const at = (file: string) => shown(file, root);
  if (
    !(await stat(contentRoot).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    return [
      `${at(contentRoot)}: folder: is missing: create it with outlets/, events/, articles/ and comparison/, or set PARALLAX_CONTENT to the content folder`,
    ];
  }
  for (const folder of FOLDERS) {
    const dir = path.join(contentRoot, folder.name);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    const fields = requiredFields(folder.schema).join(', ');
    if (!entries) {
      problems.push(
        `${at(dir)}/: folder: is missing: create it with one file per ${folder.holds.replace('one ', '')} (${folder.extensions.join(' or ')})`,
      );
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (IGNORED.test(entry.name)) continue;
      const file = path.join(dir, entry.name);
      // Case counts, as in the loaders' glob patterns: RT.MD is not read either.
      const extension = path.extname(entry.name);
      if (entry.isDirectory()) {
        problems.push(`${at(file)}/: folder: is not read: the build reads only the files directly in ${folder.name}/; move its files up`);
        continue;
      }
      if (!entry.isFile()) continue;
      if (!folder.extensions.includes(extension)) {
        const base = entry.name.slice(0, entry.name.length - extension.length) || entry.name;
        problems.push(
          `${at(file)}: file name: is not read: ${folder.name}/ takes ${folder.extensions.join(' or ')} files, each holding ${folder.holds}; rename it to ${base}${folder.extensions[0]}`,
        );
        continue;
      }
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      const problem = folder.markdown ? frontmatterProblem(text, fields) : yamlProblem(text, folder.holds, fields);
      if (problem) problems.push(`${at(file)}: ${problem}`);
    }
  }
  return problems;
}

/** An article's frontmatter block: present, closed and not empty. */
function frontmatterProblem(text: string, fields: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const write = `write ${fields}, one "field: value" per line`;
  if (lines[0]?.trim() !== '---') {
    return `frontmatter: is missing: start the file with a line ---, then ${fields} (one "field: value" per line), then a line --- and the article text`;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close === -1) return `frontmatter: is not closed: add a line --- after its last field, before the article text`;
  const block = lines.slice(1, close).join('\n');
  if (!/^\s*[^#\s]/m.test(block)) return `frontmatter: is empty: between the two --- lines, ${write}`;
  return undefined;
}

/** An outlet's or event's YAML: a set of fields, not empty. Syntax errors are left to the loader, which gives the line. */
function yamlProblem(text: string, holds: string, fields: string): string | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return `file: is empty: write the fields of ${holds}: ${fields}, one "field: value" per line`;
  if (typeof data !== 'object' || Array.isArray(data)) {
    return `file: is not a set of fields: write the fields of ${holds} (${fields}) as "field: value" lines, not ${Array.isArray(data) ? 'a list' : 'a single value'}`;
  }
  return undefined;
}
