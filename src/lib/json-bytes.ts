/**
 * `JSON.stringify(value, null, 2)` and a newline, made a part at a time. The
 * build writes data files of several megabytes (an edition's comparison of
 * 100 outlets is 4.5 MB, the site-wide alignment 126 MB at 10,000 articles);
 * as one string each, V8 keeps them in its large-object space until a full
 * collection, and writing a hundred in a row held the Astro step at 3.3 GB
 * for a few seconds. Parts `depth` levels down are stringified whole; above
 * them the structure is written here.
 *
 * `jsonBody` streams the parts as a response body, made as Astro reads it:
 * Astro reads a whole body into one buffer before writing the file, so a
 * stream costs the file's size twice at most (the chunks read, then the
 * buffer), where a finished buffer cost it four times (the parts, their
 * concatenation, the response's copy and the copy Astro reads): 490 MB of
 * buffers for the alignment at 10,000 articles.
 */
const plain = (v: unknown): boolean => v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function';
/** What JSON.stringify leaves out of an object: undefined, functions, symbols. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** The text of `JSON.stringify(value, null, 2)` and a newline, in parts, each made when asked for. */
export function* jsonParts(value: unknown, depth = 3): Generator<string, void, undefined> {
  function* write(v: unknown, indent: string, level: number): Generator<string, void, undefined> {
    if (level >= depth || plain(v)) {
      yield (JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return yield '[]';
      yield '[';
      for (const [i, item] of v.entries()) {
        yield `${i ? ',' : ''}\n${inner}`;
        yield* write(omitted(item) ? null : item, inner, level + 1);
      }
      return yield `\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, item]) => !omitted(item));
    if (entries.length === 0) return yield '{}';
    yield '{';
    for (const [i, [key, item]] of entries.entries()) {
      yield `${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
      yield* write(item, inner, level + 1);
    }
    yield `\n${indent}}`;
  }
  yield* write(value, '', 0);
  yield '\n';
}

/** About how many characters of parts make one chunk of a streamed body. */
const CHUNK = 1 << 16;

/** The same bytes as a response body, each chunk (about 64 KiB) made when the reader asks for it. */
export function jsonBody(value: unknown, depth = 3): ReadableStream<Uint8Array> {
  const parts = jsonParts(value, depth);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let next = parts.next(); ; next = parts.next()) {
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          return controller.close();
        }
        text += next.value;
        if (text.length >= CHUNK) return controller.enqueue(encoder.encode(text));
      }
    },
  });
}
