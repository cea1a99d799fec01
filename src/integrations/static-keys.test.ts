import type { AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { keyStaticRoutes, setStaticRouteKeys } from './static-keys.ts';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

const path = (route: string, pathname: string, cacheKey?: string) =>
  ({ pathname, route: { route }, ...(cacheKey === undefined ? {} : { cacheKey }) }) as unknown as Path;

/** Astro's prerenderer as far as keys go: it lists `paths`, running `whileListing` as the routes' modules would. */
const prerenderer = (paths: Path[], whileListing = () => {}): AstroPrerenderer => ({
  name: 'test',
  getStaticPaths: () => {
    whileListing();
    return Promise.resolve(paths);
  },
  render: () => Promise.resolve(new Response('')),
});

describe('keyStaticRoutes', () => {
  test('adds the key set while the routes are listed to the path of its route, and to no other', async () => {
    const base = prerenderer(
      [path('/404', '/404'), path('/[lang]/[slug]', '/en/a/', 'k1'), path('/other', '/other')],
      () => setStaticRouteKeys({ '/404': 'k404' }),
    );
    const paths = await keyStaticRoutes(base).getStaticPaths();
    expect(paths.map((p) => [p.pathname, p.cacheKey])).toEqual([
      ['/404', 'k404'],
      ['/en/a/', 'k1'],
      ['/other', undefined],
    ]);
  });

  test("never uses a previous build's key, nor replaces a key the route gave", async () => {
    setStaticRouteKeys({ '/404': 'stale', '/[lang]/[slug]': 'other' });
    const paths = await keyStaticRoutes(
      prerenderer([path('/404', '/404'), path('/[lang]/[slug]', '/en/a/', 'k1')]),
    ).getStaticPaths();
    expect(paths.map((p) => p.cacheKey)).toEqual([undefined, 'k1']);
  });

  test('leaves the rest of the prerenderer as it is', () => {
    const base = prerenderer([]);
    expect(keyStaticRoutes(base).render).toBe(base.render);
  });
});
