import { createReadStream } from 'node:fs';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** A built site served over HTTP on the loopback interface, for browser tests. */
export interface StaticServer {
  /** The site's address with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

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
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface ServeOptions {
  /**
   * Compress text responses (HTML, CSS, JavaScript, JSON, SVG) with gzip when the browser accepts
   * it, as production hosts do; for measuring what a page really transfers. Off by default.
   */
  gzip?: boolean;
  /**
   * Milliseconds after which the server closes itself, so that a test that never calls `close`
   * cannot leave it running. 30 minutes by default.
   */
  lifetime?: number;
}

/** Types a static host compresses on the fly (other files are binary, or compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/**
 * Serves `root` as a static host would: `/x/` answers with `/x/index.html`, `/x` without a slash
 * redirects to `/x/` when it is a folder, unknown paths get `404.html` (or a bare 404), and no path
 * can leave `root`. `base` mounts the site under a sub-path, as `BASE_PATH` builds expect.
 */
export async function serve(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const top = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) {
      response.writeHead(404).end();
      return;
    }
    const file = normalize(join(top, path.slice(prefix.length - 1)));
    if (file !== top && !file.startsWith(top + sep)) {
      response.writeHead(403).end();
      return;
    }
    const found = await stat(file).catch(() => undefined);
    if (found?.isDirectory() && !path.endsWith('/')) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const target = found?.isDirectory() ? join(file, 'index.html') : file;
    const exists = await stat(target).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      const notFound = join(top, '404.html');
      const has404 = await stat(notFound).then(
        (s) => s.isFile(),
        () => false,
      );
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (has404) createReadStream(notFound).pipe(response);
      else response.end();
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    if (
      options.gzip &&
      COMPRESSIBLE.has(extname(target)) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']))
    ) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(target).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(target).pipe(response);
  };
  // A request the server cannot answer (a malformed path, say) is a 500, not an unhandled rejection.
  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((done) => {
      clearTimeout(timer);
      server.close(() => done());
      // Browsers keep connections open; a test's end should not wait for them to time out.
      server.closeAllConnections();
    });
  const timer = setTimeout(() => void close(), options.lifetime ?? 30 * 60_000);
  timer.unref();
  return { url: `http://127.0.0.1:${port}${prefix}`, close };
}

const snapshots: string[] = [];

/**
 * A private copy of a built site, to serve: the build folder is shared by every test run on this
 * machine, and another run may rebuild it (emptying it first) while a test's pages are open.
 * `removeSnapshots()` deletes the copies this test file made.
 */
export async function snapshotSite(outDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'hamish-e2e-'));
  await cp(outDir, copy, { recursive: true });
  snapshots.push(copy);
  return copy;
}

/** Deletes the copies made by `snapshotSite`. */
export async function removeSnapshots(): Promise<void> {
  await Promise.all(snapshots.splice(0).map((copy) => rm(copy, { recursive: true, force: true })));
}
