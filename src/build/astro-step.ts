/**
 * The Astro step of `npm run build`, in a child process of its own (so its
 * memory is returned when it ends): Astro's programmatic `build()`, and on
 * failure the error as data (name, message, file and line) to the parent over
 * IPC, so the parent reads what failed from the error itself, not from
 * Astro's printed output.
 */
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { AstroFailure } from './failure.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  await build({ root, logLevel: 'warn' });
} catch (error) {
  // Astro's errors carry the file and line they are about in `loc`.
  const e: Error & { loc?: { file?: string; line?: number } } = error instanceof Error ? error : new Error(String(error));
  const failure: AstroFailure = {
    name: e.name,
    message: e.message,
    file: e.loc?.file,
    line: e.loc?.line,
    // What threw first: a YAML parser's exception is named on the stack's first line.
    origin: e.stack?.split('\n')[0]?.split(':')[0],
  };
  process.send?.(failure);
  process.exitCode = 1;
}
