/**
 * The components a publisher may replace with .astro files of their own (the `components` option).
 * Pages never import these components by their files: they import `virtual:hamish/components/<Name>`,
 * which the Vite plugin here resolves to the publisher's file, or to Hamish's when there is none.
 * `virtual:hamish/defaults/<Name>` is always Hamish's, for an override that wraps it.
 *
 * The modules resolve to the files themselves, so an override is a module of the page like any
 * other: Vite compiles it, the dev server reloads it, and Astro's incremental build sees it (and
 * what it imports) in the page's module graph.
 */
import { fileURLToPath } from 'node:url';

/** Each replaceable component: Hamish's own file (under src/components/) and what it is. */
export const COMPONENTS = {
  SiteHeader: {
    file: 'SiteHeader.astro',
    what: 'the header of every page: the site’s name or logo, the navigation, the search box, the language switch',
  },
  SiteFooter: { file: 'SiteFooter.astro', what: 'the footer of every page' },
  PageHead: {
    file: 'Head/PageHead.astro',
    what: 'the tags of every page’s `<head>` after Hamish’s own: by default, those of the `head` option',
  },
  HomeIntro: {
    file: 'HomeIntro.astro',
    what: 'the opening of the home page: its heading, the tagline, the number of documents, the archive’s e-book',
  },
  EditionHeader: {
    file: 'EditionHeader.astro',
    what: 'the heading of a document’s version: its title, date, source, author and topics',
  },
  EditorialNote: {
    file: 'EditorialNote.astro',
    what: 'the editor’s note closing a version: what the cleaning removed',
  },
} as const;

export type ComponentName = keyof typeof COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

const COMPONENT_PREFIX = 'virtual:hamish/components/';
const DEFAULT_PREFIX = 'virtual:hamish/defaults/';

/** Hamish's own file of a component. */
export const defaultFile = (name: ComponentName): string =>
  fileURLToPath(new URL(`../components/${COMPONENTS[name].file}`, import.meta.url));

const isName = (name: string): name is ComponentName => Object.hasOwn(COMPONENTS, name);

/**
 * The file a component module stands for: the override (absolute) when the options give one,
 * else Hamish's; undefined for any other id.
 */
export function componentFile(id: string, overrides: Partial<Record<ComponentName, string>>): string | undefined {
  if (id.startsWith(COMPONENT_PREFIX)) {
    const name = id.slice(COMPONENT_PREFIX.length);
    return isName(name) ? (overrides[name] ?? defaultFile(name)) : undefined;
  }
  if (id.startsWith(DEFAULT_PREFIX)) {
    const name = id.slice(DEFAULT_PREFIX.length);
    return isName(name) ? defaultFile(name) : undefined;
  }
  return undefined;
}

/** The Vite plugin resolving the component modules (see the module comment). */
export function componentsVitePlugin(overrides: Partial<Record<ComponentName, string>>) {
  return {
    name: 'hamish:components',
    enforce: 'pre' as const,
    resolveId: (id: string) => componentFile(id, overrides),
  };
}
