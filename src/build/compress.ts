/**
 * Writes .br and .gz beside every text file of the built site, at the best
 * settings, once per build: the preview server (and any host that serves
 * precompressed files) sends them without compressing on each request.
 */
import { link, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
/** Brotli's window for a file of `bytes`: the smallest power of two that holds it, within brotli's 2^10 to 2^24. */
export const windowBits = (bytes: number): number =>
  Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes + 1))));

/**
 * Brotli's quality. Qualities 8 and 9 search far deeper than 7 on repetitive markup (lists of articles, rows of a
 * table) for little. Measured 2026-12-02 on the 10,000-article bench site (2.2 GB of text): quality 9 took 346 s of
 * one core for 197.3 MiB out, 8 took 71 s for 198.0, 7 took 36 s for 199.0 (its 100 outlet pages, each listing 100
 * articles: 13.1 s at 9, 0.2 s at 7; its 9,900 article pages: 231 s and 14 s). On this archive's most-read pages and
 * data (home, /compare/, an edition, two outlets, search, a reader page, the two data files) 7 is 0.8 % larger than
 * 9: 121,792 bytes against 120,846. Quality 11 would be 10 % smaller than 9 there, at about 40 ms a page: some 400 s
 * at 10,000 articles.
 */
const BROTLI_QUALITY = 7;

const TEXT = /\.(html|css|js|mjs|json|csv|svg|xml|txt|webmanifest|pf_meta)$/;

/**
 * `previous` is the last build's folder: a file with the same bytes there keeps its compressed copies, so a
 * rebuild after one edit compresses only what changed.
 */
export async function precompress(dir: string, previous?: string): Promise<{ files: number; before: number; after: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let before = 0;
  let after = 0;
  // Not the build's own records (.parallax/): they are not served.
  const files = entries
    .filter(
      (e) =>
        e.isFile() &&
        TEXT.test(e.name) &&
        !path
          .relative(dir, e.parentPath)
          .split(path.sep)
          .some((s) => s.startsWith('.')),
    )
    .map((e) => path.join(e.parentPath, e.name));
  // A few files at a time: a large site has tens of thousands, more than a process may hold open.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const info = await stat(file);
      before += info.size;
      if (previous && (await reuse(file, info))) continue;
      const data = await readFile(file);
      const [b, g] = await Promise.all([
        // A window no larger than the file: the same bytes out, five times faster (brotli sets up its 4 MiB default
        // window for each file; at 1,000 articles that was 351 s of an 8-minute build, most of it in the kernel).
        br(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            [constants.BROTLI_PARAM_LGWIN]: windowBits(data.length),
          },
        }),
        gz(data, { level: 9 }),
      ]);
      after += b.length;
      await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
    }
  };
  const reuse = async (file: string, a: Stats): Promise<boolean> => {
    const old = path.join(previous!, path.relative(dir, file));
    // A file an incremental build took from the last one is that file (a hard link): no need to compare its bytes.
    const b = await stat(old).catch(() => undefined);
    const same =
      b !== undefined &&
      ((a.ino === b.ino && a.dev === b.dev) ||
        (await Promise.all([readFile(old), readFile(file)]).then(
          ([o, data]) => o.equals(data),
          () => false,
        )));
    if (!same) return false;
    // Linked, not copied: the last build's files are never written to.
    const linked = await Promise.all([link(`${old}.br`, `${file}.br`), link(`${old}.gz`, `${file}.gz`)]).then(
      () => true,
      () => false,
    );
    // Half linked (a copy missing in the last build): the link goes, so that compressing anew writes a new file, not the old one.
    if (!linked) await Promise.all([rm(`${file}.br`, { force: true }), rm(`${file}.gz`, { force: true })]);
    return linked;
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { files: files.length, before, after };
}
