/**
 * The publisher's site, on the Astro side: the options' files and strings handed to Vite, the
 * sitemap, and what the build says about the web's conventions it could not follow.
 *
 * - `virtual:hamish/assets` imports the logo, the favicon, the sharing image and the stylesheets the options
 *   name, so Vite bundles them as files with hashed names (the CSP allows files of the site, never
 *   inline styles);
 * - the UI strings (`src/i18n/*.json`) are served to Vite with the options' overrides merged in
 *   (`withOverrides`, which the build's own steps read too), so every page and component sees them
 *   through the one `t()`.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { withOverrides } from '../i18n/index.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../core/types.ts';
import { baseFolder } from '../core/web-address.ts';
import { LANGS } from '../core/types.ts';
import type { SiteFiles } from './options.ts';
import { pageDates } from '../core/archive/lastmod.ts';
import { readSearchFacets } from './archive.ts';

/** The module of the options' files. */
export const ASSETS_MODULE = 'virtual:hamish/assets';

const I18N_FILES: Record<Lang, string> = {
  en: fileURLToPath(new URL('../i18n/en.json', import.meta.url)),
  ar: fileURLToPath(new URL('../i18n/ar.json', import.meta.url)),
};

/** The Vite plugin serving the assets module and the merged UI strings. */
export function siteVitePlugin(files: SiteFiles, overrides: Record<Lang, Record<string, string>>) {
  const resolved = `\0${ASSETS_MODULE}`;
  const assetsModule = [
    files.logo ? `import logo from ${JSON.stringify(`${files.logo}?url`)};` : 'const logo = undefined;',
    files.image ? `import image from ${JSON.stringify(`${files.image}?url`)};` : 'const image = undefined;',
    files.favicon ? `import favicon from ${JSON.stringify(`${files.favicon}?url`)};` : 'const favicon = undefined;',
    ...files.stylesheets.map((sheet) => `import ${JSON.stringify(sheet)};`),
    'export { logo, image, favicon };',
  ].join('\n');
  const merged = new Map<string, string>();
  const table = withOverrides(overrides);
  for (const lang of LANGS) {
    if (Object.keys(overrides[lang]).length > 0) merged.set(I18N_FILES[lang], JSON.stringify(table[lang]));
  }
  return {
    name: 'hamish:site',
    enforce: 'pre' as const,
    resolveId: (id: string) => (id === ASSETS_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? assetsModule : merged.get(id.split('?')[0])),
  };
}

/** The conventions that need the site's public address, and so are left out without `site`. */
const NEED_SITE = [
  'canonical links',
  'hreflang alternates',
  'Open Graph and Twitter card URLs',
  'JSON-LD',
  'the sitemap',
  'robots.txt',
  'the RSS feeds',
];

/** Says, once per build, what was left out for want of `site`. */
export function reportSkipped(site: string | undefined, logger: AstroIntegrationLogger): void {
  if (site) return;
  logger.warn(
    `\`site\` is not set in astro.config.mjs, so the build leaves out ${NEED_SITE.join(', ')}: ` +
      'each needs the site’s public address (absolute URLs). Set `site: "https://…"` to have them (see docs/publishing.md).',
  );
}

/**
 * The sitemap (`@astrojs/sitemap`), with each page's other language as an alternate, the default
 * language's page as `x-default`, the date the content gives for the page as `lastmod`
 * (`pageDates`: none where it gives none), and neither the home page's twin (`/en/` when `/` is
 * English) nor the 404 page listed. The dates come from the facets the editions' pass left in
 * `workDir`, read once, when the sitemap is written.
 */
export function siteSitemap(defaultLang: Lang, base: string, site: string, workDir: string): AstroIntegration {
  const root = new URL(baseFolder(base), site);
  const twin = new URL(`${defaultLang}/`, root).href;
  let dates: Promise<Map<string, string>> | undefined;
  return sitemap({
    i18n: { defaultLocale: defaultLang, locales: { en: 'en', ar: 'ar' } },
    filter: (page) => page !== twin && !/\/404\/?$/.test(page),
    serialize: async (item) => {
      const fallback = item.links?.find((link) => link.lang === defaultLang);
      if (fallback) item.links = [...(item.links ?? []), { url: fallback.url, lang: 'x-default' }];
      dates ??= readSearchFacets(workDir).then((input) => pageDates(input.facets, defaultLang));
      const lastmod = (await dates).get(sitePath(item.url, root));
      if (lastmod) item.lastmod = lastmod;
      return item;
    },
  });
}

/** The path of `url` under `root` (the site with its base), its slugs unencoded: `/ar/tags/حرب/`. */
function sitePath(url: string, root: URL): string {
  const path = new URL(url).pathname.slice(root.pathname.length - 1);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * `robots.txt`, naming the sitemap. Crawlers read it at the root of the host only: under a `base`,
 * the host's own robots.txt must name the sitemap too (see docs/publishing.md).
 */
export async function writeRobots(outDir: string, base: string, site: string): Promise<void> {
  const sitemapUrl = new URL(`${baseFolder(base)}sitemap-index.xml`, site).href;
  await writeFile(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
}
