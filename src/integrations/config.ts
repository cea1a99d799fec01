/**
 * What the Hamish integration resolved once for the whole build, handed to the content config and
 * the pages through `virtual:hamish/config` (see `hamish.ts`). Plain JSON.
 */
import type { Lang } from '../core/types.ts';
import type { GlossaryLabels } from '../plugins/remark-glossary/labels.ts';
import type { SiteOptions } from './options.ts';

export interface HamishConfig {
  /**
   * Whether the content folder has pages (`pages/*.md`): Astro warns on every read of an empty
   * collection, and every page lists the pages in its header and footer (see `sitePages()`).
   */
  hasPages: boolean;
  /** The content folder (absolute). */
  contentDir: string;
  /** How messages name the content folder: relative to the working directory when inside it. */
  shownRoot: string;
  /** Hamish's work folder for that content (see `workDir`). */
  workDir: string;
  /** The readable MDX editions. */
  editionsDir: string;
  /** Astro's `base`. */
  base: string;
  /** `build` or `dev` (`preview` loads no content). */
  command: 'build' | 'dev' | 'preview' | 'sync';
  /** The publisher's options, as the pages use them. */
  site: SiteOptions;
  /**
   * The words of the glossary notes (UI strings, with the options' overrides) that Astro's Markdown
   * processor puts in what it renders: part of the key of every entry it renders.
   */
  noteLabels: Record<Lang, GlossaryLabels>;
  /**
   * A hash of Astro's configuration as this build resolved it (functions by their source) and of
   * Hamish's options. Part of every page's cache key: a setting that changes how scripts are
   * bundled (Vite's options) changes the names of the files a page links, which Astro's own check
   * of a page's module graph does not see.
   */
  configVersion: string;
}

/** The virtual module's id. */
export const CONFIG_MODULE = 'virtual:hamish/config';
