/**
 * `npm run preview`: serves the built site on 127.0.0.1 (PORT, default 4321),
 * with the headers of its `_headers` file (the Content-Security-Policy among
 * them, as a host would send them) and the 404 page for unknown addresses.
 * Tests start it on a free port.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { readHeaders } from './headers.ts';

export interface Served {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export async function serve(dir: string, port = 4321, host = '127.0.0.1'): Promise<Served> {
  await access(path.join(dir, 'index.html')).catch(() => {
    throw new Error(`${dir} has no index.html: run npm run build first`);
  });
  const rules = await readHeaders(dir);
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    // The build writes .br and .gz beside each text file.
    brotli: true,
    gzip: true,
    // Hashed assets never change; everything else is revalidated (the service worker keeps it offline).
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    },
  });
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(path.join(dir, '404.html')).pipe(res);
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
