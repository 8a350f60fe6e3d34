/** The build's precompressed copies (src/build/compress.ts): every text file gets .br and .gz that decompress to its bytes. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress, windowBits } from '../../src/build/compress.ts';

describe('precompress', () => {
  it('sizes brotli’s window to the file, within brotli’s bounds', () => {
    expect(windowBits(0)).toBe(10);
    expect(windowBits(1000)).toBe(10);
    expect(windowBits(1025)).toBe(11);
    expect(windowBits(40_000)).toBe(16);
    expect(windowBits(1 << 20)).toBe(21);
    expect(windowBits(100 << 20)).toBe(24);
  });

  it('writes .br and .gz copies that give back each file’s bytes, small and large, and leaves other files alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'parallax-compress-'));
    try {
      const small = '<!doctype html><p>Putin and Xi spoke by video link.</p>';
      // 3 MB of varied text: larger than the smaller windows, so a wrong window would show in the round trip.
      const large = Array.from({ length: 60_000 }, (_, i) => `<p id="p${i}">Paragraph ${i * 7919} of the article.</p>`).join('\n');
      await writeFile(path.join(dir, 'small.html'), small);
      await writeFile(path.join(dir, 'large.json'), large);
      await writeFile(path.join(dir, 'card.png'), Buffer.from([137, 80, 78, 71]));
      const report = await precompress(dir);
      expect(report.files).toBe(2);
      for (const [name, text] of [
        ['small.html', small],
        ['large.json', large],
      ] as const) {
        expect(brotliDecompressSync(await readFile(path.join(dir, `${name}.br`))).toString()).toBe(text);
        expect(gunzipSync(await readFile(path.join(dir, `${name}.gz`))).toString()).toBe(text);
      }
      expect(report.after).toBeLessThan(report.before / 5);
      await expect(readFile(path.join(dir, 'card.png.br'))).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
