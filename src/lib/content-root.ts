import path from 'node:path';
import process from 'node:process';

/** The content folder: `content/` beside the project, or PARALLAX_CONTENT when set. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const configured = env['PARALLAX_CONTENT']?.trim();
  return path.resolve(cwd, configured || 'content');
}
