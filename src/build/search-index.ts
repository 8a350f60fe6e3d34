/** Writes the Pagefind index for a built site into `<site>/pagefind/`; any error fails the build. */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(site: string): Promise<{ pages: number }> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) return fail('setup', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) fail('indexing', added.errors);
    if (added.page_count === 0) fail('indexing', ['no page was indexed: article pages must carry data-pagefind-body']);
    const out = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) fail('writing', written.errors);
    // Pagefind also writes its own search UIs; the site uses only its JS API.
    for (const name of await readdir(out)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) await rm(path.join(out, name));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
