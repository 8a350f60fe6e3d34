/**
 * `JSON.stringify(value, null, 2)` and a newline, as bytes, made a part at a
 * time. The build writes data files of several megabytes (an edition's
 * comparison of 100 outlets is 4.5 MB, the site-wide alignment 126 MB at
 * 10,000 articles); as one string each, V8 keeps them in its large-object
 * space until a full collection, and writing a hundred in a row held the
 * Astro step at 3.3 GB for a few seconds. Parts `depth` levels down are
 * stringified whole; above them the structure is written here.
 */
import { Buffer } from 'node:buffer';

const plain = (v: unknown): boolean => v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function';
/** What JSON.stringify leaves out of an object: undefined, functions, symbols. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function jsonBytes(value: unknown, depth = 3): Buffer<ArrayBuffer> {
  const parts: Buffer[] = [];
  const put = (text: string): void => {
    parts.push(Buffer.from(text));
  };
  const write = (v: unknown, indent: string, level: number): void => {
    if (level >= depth || plain(v)) {
      put((JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      put('[');
      v.forEach((item, i) => {
        put(`${i ? ',' : ''}\n${inner}`);
        write(omitted(item) ? null : item, inner, level + 1);
      });
      return put(`\n${indent}]`);
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, item]) => !omitted(item));
    if (entries.length === 0) return put('{}');
    put('{');
    entries.forEach(([key, item], i) => {
      put(`${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
      write(item, inner, level + 1);
    });
    put(`\n${indent}}`);
  };
  write(value, '', 0);
  put('\n');
  return Buffer.concat(parts);
}
