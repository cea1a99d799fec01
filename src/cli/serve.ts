/**
 * A built site served on the loopback interface, as a static host serves it, for the commands
 * that open its pages in a browser (`export:pdf`): `/x/` answers with `/x/index.html`, nothing
 * outside the folder is reachable, and only GET and HEAD are answered.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

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
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.epub': 'application/epub+zip',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FolderServer {
  /** The site's address under its base, with a trailing slash: `http://127.0.0.1:PORT/base/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `folder` under `base` (`/`, `/editions/`) on 127.0.0.1, on a free port. */
export async function serveFolder(folder: string, base = '/'): Promise<FolderServer> {
  const top = normalize(folder);
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return response.writeHead(405).end();
      let path: string;
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      } catch {
        return response.writeHead(400).end();
      }
      if (!path.startsWith(base)) return response.writeHead(404).end();
      const file = normalize(join(top, path.slice(base.length - 1)));
      if (file !== top && !file.startsWith(top + sep)) return response.writeHead(403).end();
      const found = await stat(file).catch(() => undefined);
      const target = found?.isDirectory() ? join(file, 'index.html') : file;
      const isFile = await stat(target).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
      if (request.method === 'HEAD') return response.end();
      createReadStream(target).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
