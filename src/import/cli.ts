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
import { contentRoot } from '../lib/content-root.ts';
import { ImportError, importPage, report } from './import.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const USAGE = 'usage: npm run import -- <saved-page.html> --outlet <outlet-id> --event <event-id> [--force]';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command, without touching the process: what it prints and its exit status. */
export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  try {
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
    const page = path.resolve(env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
    const result = await importPage({
      page,
      outlet: values.outlet,
      event: values.event,
      force: values.force,
      contentRoot: contentRoot(env, root),
      root,
    });
    return { code: 0, stdout: `${report(result, root)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof ImportError) return { code: 1, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then(
    ({ code, stdout, stderr }) => {
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
