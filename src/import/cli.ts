/**
 * `npm run import -- <saved-page.html> --outlet <outlet-id> --event <event-id> [--force]`
 *
 * Writes content/articles/<outlet-id>.md (or <outlet-id>-<event-id>.md for an
 * outlet's further articles) from a page saved from the browser, and prints
 * what was taken, from where, and what to check. A failure is one line on
 * stderr, exit status 1, and nothing written.
 */
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/paths.ts';
import { ImportError, importPage, report } from './import.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const USAGE = 'usage: npm run import -- <saved-page.html> --outlet <outlet-id> --event <event-id> [--force]';

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { outlet: { type: 'string' }, event: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new ImportError(`${(error as Error).message.split('\n')[0]}: ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.outlet || !values.event) throw new ImportError(USAGE);
  // npm runs scripts in the project folder; a relative path is the editor's, from where they typed the command.
  const page = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
  const result = await importPage({
    page,
    outlet: values.outlet,
    event: values.event,
    force: values.force,
    contentRoot: contentRoot(process.env, root),
    root,
  });
  console.log(report(result, root));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ImportError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
