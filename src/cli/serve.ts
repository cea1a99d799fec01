/**
 * A built site served on the loopback interface as a static host serves it, for the commands that
 * open its pages in a browser (`export:pdf`), the browser tests and the benchmarks: `/x/` answers
 * with `/x/index.html`, `/x` without a slash redirects to `/x/` when it is a folder, unknown paths
 * get the site's `404.html` (or a bare 404), nothing outside the folder is reachable, and only GET
 * and HEAD are answered.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { baseFolder } from '../core/web-address.ts';

/** Content types of the files an Astro + Pagefind build writes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.epub': 'application/epub+zip',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a static host compresses on the fly (other files are binary, or compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

export interface StaticServer {
  /** The site's address under its base, with a trailing slash: `http://127.0.0.1:PORT/base/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Compress text responses (HTML, CSS, JavaScript, JSON, SVG) with gzip when the browser accepts
   * it, as production hosts do; for measuring what a page really transfers. Off by default.
   */
  gzip?: boolean;
  /** Milliseconds after which the server closes itself; it runs until `close` by default. */
  lifetime?: number;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Serves `folder` under `base` (`/`, `/editions/`) on 127.0.0.1, on a free port. */
export async function serve(folder: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const top = resolve(folder);
  const prefix = baseFolder(base);
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return void response.writeHead(404).end();
    const file = normalize(join(top, path.slice(prefix.length - 1)));
    if (file !== top && !file.startsWith(top + sep)) return void response.writeHead(403).end();
    const found = await stat(file).catch(() => undefined);
    if (found?.isDirectory() && !path.endsWith('/'))
      return void response.writeHead(301, { location: `${path}/` }).end();
    const target = found?.isDirectory() ? join(file, 'index.html') : file;
    const head = request.method === 'HEAD';
    if (!(await isFile(target))) {
      const notFound = join(top, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (!head && (await isFile(notFound))) createReadStream(notFound).pipe(response);
      else response.end();
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const gzip =
      options.gzip && COMPRESSIBLE.has(extname(target)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(
      200,
      gzip ? { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-type': type },
    );
    if (head) response.end();
    else if (gzip) createReadStream(target).pipe(createGzip()).pipe(response);
    else createReadStream(target).pipe(response);
  };
  // A request the server cannot answer is a 500, not an unhandled rejection.
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  let timer: NodeJS.Timeout | undefined;
  const close = () =>
    new Promise<void>((done) => {
      clearTimeout(timer);
      server.close(() => done());
      // Browsers keep connections open; closing should not wait for them to time out.
      server.closeAllConnections();
    });
  if (options.lifetime !== undefined) {
    timer = setTimeout(() => void close(), options.lifetime);
    timer.unref();
  }
  return { url: `http://127.0.0.1:${port}${prefix}`, close };
}
