/**
 * Turns what a failed `astro build` printed into one line per problem,
 * "file: field or line: what is wrong and what to write", whichever part of
 * the pipeline found it: a schema (Astro's InvalidContentEntryDataError), a
 * YAML parser, a Markdown plugin, or the cross-file checks of src/data.
 */
import path from 'node:path';

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

export function summarizeFailure(output: string, root: string): string[] {
  const text = output.replace(/\r/g, '');
  const lines: string[] = [];

  // A schema's verdict: "articles → rt data does not match collection schema." then "  field: message" lines.
  // Zod's union messages continue on lines starting "> ": they join the issue above them.
  for (const m of text.matchAll(
    /→ (\S+) (?:data|frontmatter) does not match collection schema\.\n+((?:(?: {2}\S|> ).*\n)+)[\s\S]*?\n\s+(\/\S+?):\d+:\d+\n/g,
  )) {
    const [, id = '', list = '', path_ = ''] = m;
    const file = entryLabel(path_, id, root);
    const issues = list.trim().replace(/\n> /g, ' ').split('\n');
    // Astro marks a path in bold ("**outlet**: **outlet: …"): the marks and the repeated path go.
    for (const issue of issues) {
      const clean = issue
        .trim()
        .replace(/\*\*/g, '')
        .replace(/^([^:]+): \1: /, '$1: ');
      lines.push(issueLine(file, clean));
    }
  }
  // (A Markdown plugin's failure is only logged by Astro; src/data reports the same problem with the file's line.)
  // YAML that does not parse.
  for (const m of text.matchAll(/(?:^|\n)(?:\[\w+\] )?(?:\S+ failed to parse: )?(.+)\n(?:(?:.*\n)*?)? {2}Location:\n\s+(\/\S+?):(\d+):\d+\n/g)) {
    const message = m[1] ?? '';
    const file = m[2] ?? '';
    // Only a parser's complaint about a content file: not a stack location, not a message of ours.
    if (!/\.(md|ya?ml)$/.test(file) || file.includes('node_modules') || /^\S+\.(md|ya?ml):/.test(message)) continue;
    if (/does not match collection schema|^\s/.test(message)) continue;
    if (/unexpected|expected|duplicated mapping key|bad indentation|end of the stream|can not read|unknown tag/i.test(message)) {
      lines.push(`${shown(m[2] ?? '', root)}: line ${m[3]}: is not valid YAML: ${message.replace(/^.*failed to parse: /, '')}`);
    }
  }
  // Parallax's own checks already say "file: field: message" on one line.
  for (const m of text.matchAll(/^(\S+\.(?:md|ya?ml)): (.+)$/gm)) {
    const line = `${shown(path.resolve(root, m[1] ?? ''), root)}: ${m[2]}`;
    if (!lines.some((l) => l.endsWith(m[2] ?? ''))) lines.push(line);
  }
  return [...new Set(lines)];
}
