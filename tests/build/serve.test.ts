/**
 * The preview server (`npm run preview`) as a separate process, against the
 * built dist/: ranges, methods, types and headers on every response, and a
 * bounded fuzz of malformed and odd requests over raw sockets, after which it
 * must still be running and answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/build.ts';
import { dist } from '../helpers/site.ts';

let child: ChildProcess;
let base: URL;
let stderr = '';

beforeAll(async () => {
  child = spawn(process.execPath, [path.join(root, 'src/build/serve.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', PARALLAX_DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  base = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /https?:\/\/\S+?\//.exec(out)?.[0];
      if (url) resolve(new URL(url));
    });
    child.once('exit', (code) => reject(new Error(`the preview server exited with ${code} before it listened: ${stderr}`)));
  });
});
afterAll(() => {
  child?.kill();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (fetch refuses some methods and adds its own headers). */
function request(method: string, target: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method, path: target, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const file = (rel: string) => readFile(path.join(dist, rel));

/** The server process is still running and serves the home page. */
async function stillServing(): Promise<void> {
  expect(child.exitCode, stderr).toBeNull();
  const home = await request('GET', '/');
  expect(home.status).toBe(200);
  expect(home.body.equals(await file('index.html'))).toBe(true);
}

describe('Range requests', () => {
  it('answers an unsatisfiable range with 416 and the length, and keeps serving', async () => {
    const size = (await file('index.html')).length;
    for (const range of ['bytes=50-10', `bytes=${size}-`, `bytes=${size + 100}-${size + 200}`]) {
      const reply = await request('GET', '/', { Range: range });
      expect(reply.status, range).toBe(416);
      expect(reply.headers['content-range'], range).toBe(`bytes */${size}`);
    }
    await stillServing();
  });

  it('clamps a range past the end to the file (bytes=0-18446744073709551615)', async () => {
    const html = await file('index.html');
    const reply = await request('GET', '/', { Range: 'bytes=0-18446744073709551615' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes 0-${html.length - 1}/${html.length}`);
    expect(reply.body.equals(html)).toBe(true);
    await stillServing();
  });

  it('serves the last n bytes for a suffix range (bytes=-20)', async () => {
    const html = await file('index.html');
    const reply = await request('GET', '/', { Range: 'bytes=-20' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes ${html.length - 20}-${html.length - 1}/${html.length}`);
    expect(reply.body.equals(html.subarray(-20))).toBe(true);
  });

  it('serves a middle range exactly, and the whole file for a range it does not understand', async () => {
    const html = await file('index.html');
    const middle = await request('GET', '/', { Range: 'bytes=10-29' });
    expect(middle.status).toBe(206);
    expect(middle.body.equals(html.subarray(10, 30))).toBe(true);
    for (const range of ['bytes=abc', 'items=0-5', 'bytes=0-1,10-11']) {
      const reply = await request('GET', '/', { Range: range });
      expect(reply.status, range).toBe(200);
      expect(reply.body.equals(html), range).toBe(true);
    }
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH', 'PROPFIND'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    for (const target of ['/', '/outlets/tass/', '/no-such-page/']) {
      const reply = await request(method, target);
      expect(reply.status, target).toBe(405);
      expect(reply.headers['allow']).toBe('GET, HEAD');
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body.toString()).not.toContain('<html');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request('GET', '/compare/');
    const head = await request('HEAD', '/compare/');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-length', 'etag', 'cache-control', 'content-security-policy']) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
  });
});

/** Every file of the built site, as its URL path. */
async function builtFiles(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((e) => e.isFile())
      .map((e) => '/' + path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      // Not the build's own records for the next build (.parallax/): dotfiles, never served (below).
      .filter((p) => !/\.(br|gz)$/.test(p) && p !== '/_headers' && !p.startsWith('/.parallax/'))
      .sort()
  );
}

const expectedType: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  js: /^text\/javascript; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  webmanifest: /^application\/manifest\+json; charset=utf-8$/,
  csv: /^text\/csv; charset=utf-8$/,
  txt: /^text\/plain; charset=utf-8$/,
  xml: /^(application|text)\/xml/,
  png: /^image\/png$/,
  svg: /^image\/svg\+xml/,
};

describe('types and headers on every response', () => {
  it('sends every built file with its type, nosniff, the policy, a Cache-Control and an ETag', async () => {
    const files = await builtFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const target of files) {
      const reply = await request('GET', target);
      expect(reply.status, target).toBe(200);
      const type = String(reply.headers['content-type'] ?? '');
      const ext = path.extname(target).slice(1);
      // Pagefind's own binary formats (.pf_meta, .pf_index, .pf_fragment, .pf_filter, .pagefind) are bytes.
      expect(type, target).toMatch(expectedType[ext] ?? /^application\/octet-stream$/);
      expect(reply.headers['x-content-type-options'], target).toBe('nosniff');
      expect(reply.headers['content-security-policy'], target).toContain("default-src 'self'");
      expect(reply.headers['cache-control'], target).toBe(
        target.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
      expect(reply.headers['etag'], target).toBeTruthy();
      expect(reply.body.equals(await file(target.slice(1))), target).toBe(true);
    }
  });

  it('sends the precompressed copy the client accepts, with Vary, and the same type', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['', undefined],
    ] as const) {
      const reply = await request('GET', '/outlets/tass/', accept ? { 'Accept-Encoding': accept } : {});
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding'], accept).toBe(encoding);
      expect(reply.headers['content-type'], accept).toBe('text/html; charset=utf-8');
      expect(reply.headers['vary'], accept).toBe('Accept-Encoding');
      const expected = await file(`outlets/tass/index.html${encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : ''}`);
      expect(reply.body.equals(expected), accept).toBe(true);
    }
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await request('GET', '/compare/');
    const again = await request('GET', '/compare/', { 'If-None-Match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not serve _headers, dotfiles or files outside the folder', async () => {
    for (const target of [
      '/_headers',
      // The incremental build's records, which the build keeps in dist/.
      '/.parallax/editions.json',
      '/.parallax/checks.json',
      '/.well-known/nothing',
      '/.htaccess',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/outlets/..%2f..%2fpackage.json',
    ]) {
      const reply = await request('GET', target);
      expect([400, 403, 404], target).toContain(reply.status);
      expect(reply.body.toString(), target).not.toContain('"name": "parallax"');
      expect(reply.body.toString(), target).not.toContain('Content-Security-Policy:');
    }
  });

  it('answers an unknown address with the 404 page, its type, the policy and a Cache-Control', async () => {
    const reply = await request('GET', '/no-such-page/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toMatch(/no-cache|max-age=0/);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.body.equals(await file('404.html'))).toBe(true);
    const head = await request('HEAD', '/no-such-page/');
    expect(head.status).toBe(404);
    expect(head.body.length).toBe(0);
  });

  it('redirects a folder without its trailing slash to the folder, keeping the query', async () => {
    const reply = await request('GET', '/compare?outlets=tass,rt');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/compare/?outlets=tass,rt');
    // A path that starts with two slashes must not become a redirect to another host.
    const sneaky = await request('GET', '//outlets');
    expect(String(sneaky.headers['location'] ?? '')).not.toMatch(/^\/\//);
  });
});

/** A small seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = [
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'TRACE',
  'OPTIONS',
  'PATCH',
  'PROPFIND',
  'get',
  'G\u0000T',
  'X'.repeat(300),
  '',
];
const PATHS = [
  '/',
  '/compare/',
  '/compare',
  '/outlets/tass/',
  '/sw.js',
  '/_headers',
  '/404',
  '/.git/config',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%00',
  '/%',
  '/%E0%A4%A',
  '/%FF%FE',
  '/%F0%9F%98%80/',
  '/search/?q=%22every%20season%22',
  '//',
  '//evil.example/',
  '/a/'.repeat(3000),
  '*',
  'http://evil.example/compare/',
  '/index.html.br',
  '/pagefind/',
  '/\\..\\..\\etc\\passwd',
  '/outlets/tass/index.html?x=1#f',
  '/😀',
  '',
];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTP/1', 'HTTPS/1.1', ''];
/** Well-formed headers with odd values: these reach the server's own code. */
const ODD_HEADERS = [
  'Range: bytes=50-10',
  'Range: bytes=0-18446744073709551615',
  'Range: bytes=-20',
  'Range: bytes=-0',
  'Range: bytes=0-',
  'Range: bytes=-',
  'Range: bytes=',
  'Range: bytes=1-2,3-4',
  'Range: bytes=0-0,-1',
  'Range: bytes=abc',
  'Range: items=0-5',
  'Range: bytes=99999999999-',
  'Range: bytes=-99999999999999999999',
  'Range: bytes=1e3-2e3',
  'Range: bytes= 0 - 5 ',
  `Range: bytes=${Array.from({ length: 500 }, (_, i) => `${i}-${i}`).join(',')}`,
  'Accept-Encoding: br',
  'Accept-Encoding: gzip',
  'Accept-Encoding: br;q=0, gzip;q=0',
  'Accept-Encoding: *',
  'Accept-Encoding: identity;q=0',
  'Accept-Encoding: *;q=0',
  'Accept-Encoding: gzip;q=abc',
  `Accept-Encoding: ${'x,'.repeat(3000)}`,
  'If-None-Match: *',
  'If-None-Match: "garbage"',
  'If-Modified-Since: not a date',
  'If-Modified-Since: Thu, 01 Jan 2099 00:00:00 GMT',
  'If-Range: garbage',
  'If-Match: "nothing"',
  'If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT',
  'Expect: 100-continue',
  'Upgrade: websocket',
  'Transfer-Encoding: chunked',
  'Host: ',
];
/** Headers the request parser must refuse (or survive). */
const BAD_HEADERS = [
  'Content-Length: -1',
  'Content-Length: abc',
  'Content-Length: 3\r\nContent-Length: 4',
  'Transfer-Encoding: chunked\r\nContent-Length: 5',
  'Host: a\r\nHost: b',
  'no colon here',
  'Bad Name: x',
  'X-Null: a\u0000b',
  'X-Fold: a\r\n b',
  `X-Big: ${'y'.repeat(20_000)}`,
];

/** Sends raw bytes and collects what comes back until the server closes; `halfClose` ends our side after writing. */
function raw(bytes: string | Buffer, halfClose: boolean): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(Number(base.port), base.hostname);
    let received = '';
    socket.on('connect', () => {
      socket.write(bytes);
      if (halfClose) socket.end();
    });
    socket.on('data', (c: Buffer) => (received += c.toString('latin1')));
    socket.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    socket.on('close', () => {
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve(status ? { status: Number(status) } : {});
    });
  });
}

describe('fuzz over raw sockets', () => {
  it('survives a bounded run of malformed and odd requests and still answers', { timeout: 180_000 }, async () => {
    const next = random(0x5eed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const TOTAL = 1200;
    const statuses = new Map<number | string, number>();
    const served5xx: string[] = [];
    let sent = 0;
    const one = async (i: number) => {
      let bytes: string | Buffer;
      let halfClose = false;
      const kind = i % 10;
      if (kind === 0) {
        // Random bytes, then a blank line: garbage for the request parser.
        bytes = Buffer.from(Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * 256)));
        bytes = Buffer.concat([bytes, Buffer.from('\r\n\r\n')]);
        halfClose = true;
      } else if (kind === 1) {
        // A request cut off part-way (no blank line, or a promised body that never comes), then our side closes.
        const whole = `GET ${pick(PATHS)} HTTP/1.1\r\nHost: x\r\n${pick(ODD_HEADERS)}\r\nContent-Length: 100\r\n\r\nab`;
        bytes = whole.slice(0, Math.floor(next() * whole.length));
        halfClose = true;
      } else {
        // Mostly a well-formed request line with odd headers; some with a bad header, some with any method, path and version.
        const wild = kind === 2;
        const headers = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(ODD_HEADERS));
        if (kind === 3) headers.push(pick(BAD_HEADERS));
        const chunked = headers.some((h) => h.startsWith('Transfer-Encoding: chunked'));
        const body = chunked ? (next() < 0.5 ? '0\r\n\r\n' : 'zz\r\nnot a chunk\r\n') : '';
        const method = wild ? pick(METHODS) : next() < 0.8 ? pick(['GET', 'HEAD']) : pick(METHODS.slice(4, 11));
        const version = wild ? pick(VERSIONS) : pick(['HTTP/1.1', 'HTTP/1.0']);
        bytes = `${method} ${pick(PATHS)} ${version}\r\nHost: 127.0.0.1\r\n${headers.join('\r\n')}\r\nConnection: close\r\n\r\n${body}`;
      }
      sent += 1;
      const result = await raw(bytes, halfClose);

      const key = result.status ?? result.error ?? 'closed';
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (result.status && result.status >= 500) served5xx.push(typeof bytes === 'string' ? bytes.slice(0, 200) : '(bytes)');
    };
    // Eight connections at a time.
    for (let i = 0; i < TOTAL; i += 8) await Promise.all(Array.from({ length: Math.min(8, TOTAL - i) }, (_, k) => one(i + k)));
    // Clients that leave in the middle of a large response.
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(base.port), base.hostname, () => socket.write('GET /compare/ HTTP/1.1\r\nHost: x\r\n\r\n'));
        socket.once('data', () => socket.destroy());
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
      sent += 1;
    }
    console.log(`fuzz: ${sent} requests sent; outcomes ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(served5xx).toEqual([]);
    expect(statuses.get('ECONNREFUSED') ?? 0).toBe(0);
    await stillServing();
    expect(stderr).toBe('');
  });
});
