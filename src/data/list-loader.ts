/**
 * Loads a YAML file holding a list of entries, each with an `id`. Astro's own
 * `file()` loader logs and skips an entry without an id, a duplicate id or a
 * missing file; curated comparison data must never silently lose an entry,
 * so here each of those stops the build with the file, the entry and the fix.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse, YAMLParseError } from 'yaml';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The ids of a list file in the file's order, which is the editor's order
 * (matrix rows, measure priority). Astro's store does not keep it (it writes
 * a collection's entries sorted by id), so the reader of the collection puts
 * the entries back in this order. The loader has checked the file already.
 */
export async function idsInFileOrder(file: string): Promise<string[]> {
  const items: unknown = parse(await readFile(file, 'utf8'));
  return Array.isArray(items) ? items.map((item) => String((item as { id?: unknown }).id)) : [];
}

export function listLoader(file: string): Loader {
  return {
    name: 'parallax-list-loader',
    load: async ({ store, parseData, config }) => {
      const projectRoot = path.resolve(new URL(config.root).pathname);
      // Astro stores entry paths relative to the project; other corpora may live anywhere.
      const relative = path.relative(projectRoot, file);
      const shown = relative || file;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new Error(`${shown}: file is missing: create it with a YAML list of entries, each with an id (see README, "Comparison data")`);
      }
      let data: unknown;
      try {
        data = parse(text);
      } catch (error) {
        const where = error instanceof YAMLParseError && error.linePos ? ` line ${error.linePos[0].line}` : '';
        throw new Error(`${shown}:${where} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, {
          cause: error,
        });
      }
      if (data == null) data = [];
      if (!Array.isArray(data)) throw new Error(`${shown}: must be a YAML list, one "- id: …" entry per item`);
      store.clear();
      const seen = new Set<string>();
      for (const [index, item] of data.entries()) {
        const id = item && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
        if (typeof id !== 'string' || !ID.test(id)) {
          throw new Error(
            `${shown}: entry ${index + 1} id ${JSON.stringify(id)} is not an id: give it "id:" in lower case with hyphens, for example id: trade`,
          );
        }
        if (seen.has(id)) throw new Error(`${shown}: entry ${index + 1} id "${id}" is used twice: give each entry its own id`);
        seen.add(id);
        const { id: _omit, ...rest } = item as Record<string, unknown>;
        const parsed = await parseData({ id, data: rest, filePath: file });
        // The file's order is not stored: see idsInFileOrder.
        store.set({ id, data: parsed, filePath: relative });
      }
    },
  };
}
