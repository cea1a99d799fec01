import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type StaticServer } from './serve.ts';

let root: string;
let site: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-serve-'));
  site = join(root, 'dist');
  await mkdir(join(site, 'en', 'doc'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<h1>Home</h1>');
  await writeFile(join(site, 'en', 'doc', 'index.html'), '<p>' + 'A document. '.repeat(200) + '</p>');
  await writeFile(join(site, '404.html'), '<h1>Not here</h1>');
  await writeFile(join(site, 'book.epub'), 'PK');
  // Beside the site, never reachable through it.
  await writeFile(join(root, 'secret.txt'), 'secret');
  server = await serve(site, '/editions');
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

/** A request for `path` exactly as written (fetch would resolve `..` and undo gzip first). */
const raw = (origin: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    request(origin + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });

describe('serve', () => {
  test('answers a folder with its index.html, under the base', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/editions\/$/);
    const response = await get('en/doc/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('A document.');
    expect((await fetch(server.url.replace(/\/$/, ''))).status).toBe(200);
  });

  test('redirects a folder without its slash, as static hosts do', async () => {
    const response = await get('en/doc');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/editions/en/doc/');
  });

  test("answers an unknown path with the site's 404 page, and a path outside the base with 404", async () => {
    const response = await get('en/nothing/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Not here</h1>');
    expect((await fetch(new URL('/other/', server.url))).status).toBe(404);
  });

  test('reaches nothing outside the folder', async () => {
    const { origin } = new URL(server.url);
    for (const path of [
      '/editions/../secret.txt',
      '/editions/%2e%2e/secret.txt',
      '/editions/en/..%2f..%2f..%2fsecret.txt',
    ]) {
      const response = await raw(origin, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body.toString(), path).not.toContain('secret');
    }
    expect((await raw(origin, '/editions/en/..%2f..%2f..%2fsecret.txt')).status).toBe(403);
  });

  test('answers GET and HEAD only, and a malformed path with 400', async () => {
    const head = await get('en/doc/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('en/doc/', { method: 'POST' })).status).toBe(405);
    expect((await get('%E0%A4%A')).status).toBe(400);
  });

  test('names the type of an e-book, and compresses text only when asked', async () => {
    expect((await get('book.epub')).headers.get('content-type')).toBe('application/epub+zip');
    const plain = await get('en/doc/', { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await serve(site, '/', { gzip: true });
    try {
      const response = await raw(zipped.url.slice(0, -1), '/en/doc/', { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(response.body).toString()).toContain('A document.');
      expect(
        (await raw(zipped.url.slice(0, -1), '/book.epub', { 'accept-encoding': 'gzip' })).headers['content-encoding'],
      ).toBeUndefined();
    } finally {
      await zipped.close();
    }
  });
});
