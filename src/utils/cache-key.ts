/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page from
 * `getStaticPaths()` whose `cacheKey` and module graph are unchanged since the last build is copied
 * from it, not rendered. A key that misses something the page shows serves a stale page, silently,
 * so every route builds its keys here, from the values it passes to the page:
 *
 * ```ts
 * return entries.map((entry) => ({ params, props: { entry }, cacheKey: pageCacheKey('[lang]/[slug]', entryKey(entry)) }));
 * ```
 *
 * Every key also covers what every page reads (`SITE`): the UI strings, Hamish's configuration
 * (content folder, base, the publisher's options) and the list of the content folder's pages. Astro covers the rest: the page's code (its module graph, JSON imports
 * included), `astro.config.mjs` and the lockfile.
 *
 * Rule for a new route: pass `pageCacheKey` every value the page shows that does not come from its
 * own code: the entries (through `entryKey`, which covers their data and rendered HTML), the slice
 * of a listing on this page and the numbers it shows (total, page count), anything read from a
 * file at build time. When a page reads a collection whole, pass all of it (or do not give the
 * route a key: it is then rendered on every build, which is always correct).
 */
import config from 'virtual:hamish/config';
import { createHash } from 'node:crypto';
import { sitePages } from './site-pages.ts';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import { glossaryEntries } from './glossary.ts';
import { setStaticRouteKeys } from '../integrations/static-keys.ts';

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/**
 * What every page reads: the UI strings, the configuration, and the content folder's own pages
 * (About, Contact…), which the header and footer of every page list.
 */
const SITE = hash(JSON.stringify([config, en, ar, (await sitePages()).map((page): unknown[] => [page.id, page.data])]));

/** A page's key: its route and every value it reads (see the module comment). */
export function pageCacheKey(route: string, ...reads: unknown[]): string {
  return hash(JSON.stringify([SITE, route, reads]));
}

// The routes without getStaticPaths(), which Astro asks no key of (see src/integrations/static-keys.ts).
// The 404 page shows what every page shows (`SITE`) and its own code's words.
setStaticRouteKeys({ '/404': pageCacheKey('404') });

/** What a page reads of a collection entry. */
interface KeyedEntry {
  id: string;
  data: unknown;
  digest?: string | number;
  rendered?: { html: string; metadata?: unknown };
}

/**
 * The part of a key for one entry: its data and its rendered HTML, so that an entry rendered again
 * with the same result (say, after a glossary edit that does not touch it) keeps its pages' keys.
 * An entry rendered only when its page is (MDX) has no HTML yet: its digest stands for its source,
 * and `glossaryKey()` should be added for it, since its notes come from the glossary.
 */
export function entryKey(entry: KeyedEntry | undefined): string | null {
  if (!entry) return null;
  return hash(
    JSON.stringify([
      entry.id,
      entry.data,
      entry.rendered?.html ?? null,
      entry.rendered?.metadata ?? null,
      entry.rendered ? null : (entry.digest ?? null),
    ]),
  );
}

let glossary: Promise<string> | undefined;

/** The whole glossary, for a page whose notes are made when it renders (an MDX edition). */
export function glossaryKey(): Promise<string> {
  glossary ??= glossaryEntries().then((entries) => hash(JSON.stringify(entries)));
  return glossary;
}
