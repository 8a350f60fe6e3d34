/**
 * Turns the error a failed Astro build threw into one line per problem,
 * "file: field or line: what is wrong and what to write", whichever part of
 * the pipeline found it: a schema (Astro's InvalidContentEntryDataError), a
 * YAML parser, or Parallax's own checks (which already write that line).
 * The error comes as data from Astro's programmatic build (./astro-step.ts).
 */
import path from 'node:path';

/** What src/build/astro-step.ts reports of the error Astro's build threw. */
export interface AstroFailure {
  name: string;
  message: string;
  /** The file Astro names (`loc.file`), absolute. */
  file?: string | undefined;
  /** The line Astro names (`loc.line`), from 1; 0 when it names none. */
  line?: number | undefined;
  /** The name on the stack's first line: `YAMLException` when a YAML parser threw. */
  origin?: string | undefined;
}

/** A file as messages name it: relative to the project when inside it, else its full path. */
export const shown = (file: string, root: string) => {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative;
};

/** An entry as messages name it: its file, and for a file holding a list of entries (comparison/*.yaml) the entry too. */
export const entryLabel = (file: string, id: string, root: string) =>
  path.basename(file, path.extname(file)) === id ? shown(file, root) : `${shown(file, root)}: entry "${id}"`;

/**
 * One schema issue, "path: message" with the path dot-joined as Astro prints it, as a summary line.
 * A list item's path ends in its index from 0 ("markers.0"): editors count from 1.
 */
export function issueLine(file: string, issue: string): string {
  return `${file}: ${issue.replace(/^([\w.]+)\.(\d+): /, (_, field: string, n: string) => `${field}, item ${Number(n) + 1}: `)}`;
}

/** A schema's verdict: "**articles → rt** data does not match collection schema." then one "  **field**: message" line per issue. */
function schemaProblems(failure: AstroFailure, root: string): string[] {
  const text = failure.message.replace(/\r/g, '');
  const id = /→ ([^*\s]+)\**\s+(?:data|frontmatter) does not match/.exec(text)?.[1] ?? '';
  const where = entryLabel(failure.file ?? '', id, root);
  // Zod's union messages continue on lines starting "> ": they join the issue above them.
  const issues = text
    .split(/\n\s*\n/)
    .slice(1)
    .join('\n')
    .replace(/\n> /g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // Astro marks a path in bold ("**outlet**: **outlet: …"): the marks and the repeated path go.
  return issues.map((issue) => issueLine(where, issue.replace(/\*\*/g, '').replace(/^([^:]+): \1: /, '$1: ')));
}

export function summarizeFailure(failure: AstroFailure, root: string): string[] {
  if (failure.name === 'InvalidContentEntryDataError' && failure.file) return schemaProblems(failure, root);
  // YAML that does not parse: in a data file (DataCollectionEntryParseError) or in an article's frontmatter.
  if (failure.origin === 'YAMLException' && failure.file && /\.(md|ya?ml)$/.test(failure.file)) {
    const reason = failure.message.replace(/^[\s\S]*failed to parse: /, '');
    return [`${shown(failure.file, root)}: line ${failure.line ?? 0}: is not valid YAML: ${reason}`];
  }
  // Parallax's own checks already say "file: field: message" on one line, the file relative to where the build ran.
  const own = /^(\S+\.(?:md|ya?ml)): ([\s\S]+)$/.exec(failure.message);
  if (own) return [`${shown(path.resolve(root, own[1] ?? ''), root)}: ${own[2]}`];
  return [];
}
