/**
 * The checks step of `npm run build` (checks.ts), in a child process of its
 * own, as the Astro step is: the memory its parsing takes is returned to the
 * system when it ends, instead of staying with the build for the steps after
 * it. Its problems, or its error, go to the parent over IPC.
 */
import process from 'node:process';
import { checkSite, type Problem } from './checks.ts';

export type ChecksReply = { problems: Problem[] } | { error: string };

const [dir, site, previous] = process.argv.slice(2);
const reply = await checkSite(dir!, site!, previous || undefined).then(
  (problems): ChecksReply => ({ problems }),
  (error: unknown): ChecksReply => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
process.send!(reply);
if ('error' in reply) process.exitCode = 1;
