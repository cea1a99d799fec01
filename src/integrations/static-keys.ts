/**
 * Cache keys for the pages Astro renders without `getStaticPaths()` (the 404 page). Astro's
 * incremental build copies a page from the last build only when its path carries a `cacheKey`, and
 * only `getStaticPaths()` gives one: such a page would be rendered on every build. Its key is made
 * where every other page's is (`pageCacheKey` in src/utils/cache-key.ts), a module the build's own
 * process runs while the routes' `getStaticPaths()` run, and handed over through the global object;
 * the integration's prerenderer adds it to the page's path. Without a key (no route ran that
 * module, or another prerenderer is in use) the page is rendered, which is always correct.
 */
import type { AstroPrerenderer } from 'astro';

const KEYS = Symbol.for('hamish.staticRouteKeys');

type WithKeys = typeof globalThis & { [KEYS]?: Record<string, string> };

/** Sets the key of each route without `getStaticPaths()`, by its route (`/404`). */
export function setStaticRouteKeys(keys: Record<string, string>): void {
  (globalThis as WithKeys)[KEYS] = keys;
}

/** Astro's prerenderer `base`, adding to the paths of routes without `getStaticPaths()` the keys set for them. */
export function keyStaticRoutes(base: AstroPrerenderer): AstroPrerenderer {
  return {
    ...base,
    async getStaticPaths() {
      // Only keys set while this build's routes are listed: never a previous build's in this process.
      delete (globalThis as WithKeys)[KEYS];
      const paths = await base.getStaticPaths();
      const keys = (globalThis as WithKeys)[KEYS] ?? {};
      return paths.map((path) =>
        path.cacheKey === undefined && keys[path.route.route] !== undefined
          ? { ...path, cacheKey: keys[path.route.route] }
          : path,
      );
    },
  };
}
