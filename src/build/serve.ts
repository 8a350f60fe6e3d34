/**
 * `npm run preview`: serves the built site on 127.0.0.1 (PORT, default 4321),
 * with the headers of its `_headers` file (the Content-Security-Policy among
 * them, as a host would send them) and the 404 page for unknown addresses.
 * Tests start it on a free port.
 *
 * Files go out through `send` (Express's file sender: ranges checked against
 * the file, 416 when unsatisfiable, conditional requests, ETags), after this
 * module picks the file: the folder's index.html, the precompressed copy
 * (.br, .gz) the client accepts, never a dotfile, `_headers` or anything
 * outside the folder. Only GET and HEAD are answered (405 otherwise). The
 * folder is read on each request, so a rebuild is served at once.
 */
import { readFile, stat } from 'node:fs/promises';
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';
import { readHeaders } from './headers.ts';

export interface Served {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** Files for the host, not for readers (Netlify and Cloudflare Pages do not serve them either). */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
const REVALIDATE = 'public, max-age=0, must-revalidate';

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
const isDirectory = (file: string) =>
  stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The request target's path and query; undefined when it is neither origin-form (/…) nor an absolute URL. */
function target(url: string): { pathname: string; search: string } | undefined {
  try {
    // Origin-form is parsed as a path, never as a reference: "//host/x" stays the path "//host/x".
    const parsed = url.startsWith('/') ? new URL(`http://localhost${url}`) : new URL(url);
    return { pathname: parsed.pathname, search: parsed.search };
  } catch {
    return undefined;
  }
}

/** The file a decoded path names inside the folder, or why not. */
async function resolve(dir: string, decoded: string): Promise<{ file: string } | { redirect: string } | undefined> {
  const segments = decoded.split('/');
  if (HOST_FILES.has(decoded) || segments.some((s) => s.startsWith('.') || s.includes('\\'))) return undefined;
  const full = path.join(dir, ...segments);
  if (full !== dir && !full.startsWith(dir + path.sep)) return undefined;
  if (decoded.endsWith('/')) return (await isFile(path.join(full, 'index.html'))) ? { file: path.join(full, 'index.html') } : undefined;
  if (await isFile(full)) return { file: full };
  if ((await isDirectory(full)) && (await isFile(path.join(full, 'index.html')))) return { redirect: `/${decoded.replace(/^\/+/, '')}/` };
  if (await isFile(`${full}.html`)) return { file: `${full}.html` };
  return undefined;
}

export async function serve(dir: string, port = 4321, host = '127.0.0.1'): Promise<Served> {
  dir = path.resolve(dir);
  if (!(await isFile(path.join(dir, 'index.html')))) throw new Error(`${dir} has no index.html: run npm run build first`);

  /** A short answer of our own (405, 400, 404…), with the site's headers and nothing left from a file. */
  async function answer(req: IncomingMessage, res: ServerResponse, status: number, extra: Record<string, string> = {}): Promise<void> {
    for (const name of ['content-encoding', 'content-range', 'content-length', 'etag', 'last-modified', 'vary']) res.removeHeader(name);
    res.statusCode = status;
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    const page = status === 404 ? await readFile(path.join(dir, '404.html')).catch(() => undefined) : undefined;
    const body = page ?? Buffer.from(`${status} ${STATUS_CODES[status] ?? ''}\n`);
    res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const where = target(req.url ?? '');
    let decoded: string | undefined;
    try {
      decoded = where && decodeURIComponent(where.pathname);
    } catch {
      decoded = undefined;
    }
    // The site's headers (the policy, nosniff…) go on every answer, errors included.
    for (const rule of await readHeaders(dir)) {
      if (rule.pattern.test(decoded ?? '/')) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(req, res, 405, { Allow: 'GET, HEAD' });
    if (!where || decoded === undefined || decoded.includes('\0')) return answer(req, res, 400);
    const found = await resolve(dir, decoded);
    if (!found) return answer(req, res, 404);
    if ('redirect' in found) return answer(req, res, 301, { Location: found.redirect + where.search });

    // The precompressed copy the client prefers, if the build wrote one.
    const present = await Promise.all(ENCODINGS.map((e) => isFile(found.file + e.suffix)));
    const available = ENCODINGS.filter((_, i) => present[i]);
    const preferred = new Negotiator(req).encodings([...available.map((e) => e.name), 'identity'])[0];
    const chosen = available.find((e) => e.name === preferred);
    if (available.length) res.setHeader('Vary', 'Accept-Encoding');
    if (chosen) res.setHeader('Content-Encoding', chosen.name);
    res.setHeader('Content-Type', contentType(path.extname(found.file)) || 'application/octet-stream');
    const relative = path.relative(dir, found.file + (chosen?.suffix ?? ''));
    res.setHeader('Cache-Control', relative.startsWith(`_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : REVALIDATE);

    await new Promise<void>((done) => {
      send(req, '/' + relative.split(path.sep).map(encodeURIComponent).join('/'), {
        root: dir,
        index: false,
        dotfiles: 'deny',
        cacheControl: false,
        etag: true,
        lastModified: true,
      })
        .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
          if (res.headersSent) {
            res.destroy();
            done();
          } else void answer(req, res, error.status ?? 500, error.headers).then(done, done);
        })
        .on('end', done)
        .pipe(res);
      res.once('close', done);
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`preview: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) void answer(req, res, 500).catch(() => res.destroy());
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  const dir = path.resolve(root, process.env['PARALLAX_DIST'] || 'dist');
  serve(dir, Number(process.env['PORT'] || 4321))
    .then(({ url }) => console.log(`Parallax is served at ${url}/ (Ctrl+C stops it)`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
