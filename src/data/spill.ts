/**
 * A per-build memo for large per-edition values (a comparison, its What
 * differs) that keeps only the few most recently used in memory. The build
 * script names a folder (PARALLAX_SPILL_DIR, inside its staging folder, gone
 * with it): a value is computed once, written there with the structured-clone
 * serializer, and read back when a later page asks for it again. Pages ask
 * edition by edition (each route's paths are in edition order), so at most a
 * few are in memory however large the archive. Outside the build script (the
 * dev server) nothing is spilled and every value stays in memory, as before.
 *
 * Measured on 100 outlets per edition: computing one comparison took 1 to 2 s,
 * its copy 4 to 5 MB, written in 7 to 12 ms and read back in 8 to 17 ms. The
 * build held every edition's for its whole Astro step before: at 100 editions
 * of 100 outlets, 5.5 GiB at its peak.
 *
 * Values must be plain data (objects, arrays, Maps, Sets, strings, numbers):
 * what comes back is a copy, so nothing may rely on its identity.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { deserialize, serialize } from 'node:v8';

/** How many values a memo keeps in memory when it spills (two editions' pages interleave on edition pages: this one and earlier coverage). */
const IN_MEMORY = 3;

export interface SpillMemo<T> {
  get(key: string): Promise<T>;
}

/** A memo of `compute` by key, named `name` (its files' prefix); bounded in memory when the build names a spill folder. */
export function spillMemo<T>(name: string, compute: (key: string) => Promise<T>, folder = process.env['PARALLAX_SPILL_DIR']): SpillMemo<T> {
  const recent = new Map<string, Promise<T>>();
  const written = new Map<string, Promise<string>>();
  const fileOf = (key: string) => path.join(folder!, `${name}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}.v8`);

  const load = async (key: string): Promise<T> => {
    const file = written.get(key);
    if (file) return deserialize(await readFile(await file)) as T;
    const value = await compute(key);
    if (folder) {
      // Written whole, then renamed, before a later call may read it.
      const writing = (async () => {
        const at = fileOf(key);
        await mkdir(folder, { recursive: true });
        await writeFile(`${at}.part`, serialize(value));
        await rename(`${at}.part`, at);
        return at;
      })();
      written.set(key, writing);
      await writing;
    }
    return value;
  };

  return {
    get(key) {
      const value = recent.get(key) ?? load(key);
      // Most recently used last (Maps keep insertion order); the least recently used goes when there are too many.
      recent.delete(key);
      recent.set(key, value);
      while (folder && recent.size > IN_MEMORY) recent.delete(recent.keys().next().value!);
      return value;
    },
  };
}
