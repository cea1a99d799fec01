// @ts-check
import { defineConfig } from 'astro/config';
import { hamish } from './src/integrations/hamish.ts';

export default defineConfig({
  // BASE_PATH deploys the site under a sub-path, e.g. BASE_PATH=/editions/ for example.org/editions/.
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Shiki highlights with inline styles, which the Content-Security-Policy below forbids. (Set here,
  // not by the integration: Astro checks it against the CSP before integrations run.)
  markdown: { syntaxHighlight: false },
  security: {
    // Source text is untrusted: even if markup slipped through, it could not run. Only scripts and
    // styles that Astro bundles or hashes itself may execute; Pagefind needs WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    server: {
      // The dev server watches the content folder (through the editions loader) and the MDX editions
      // (under .hamish/<content>/editions), not the caches, builds and benchmarks beside them:
      // thousands of files it must never reload for.
      watch: {
        ignored: [
          '**/.hamish/bench/**',
          '**/.hamish/test-builds/**',
          '**/.hamish/locks/**',
          '**/.hamish/*/cache/**',
          '**/dist/**',
          '**/test-results/**',
        ],
      },
    },
    build: {
      // Never inline a script into a page: every script is an external file, so the CSP can forbid
      // inline scripts outright and anything inline that slipped into a page would not run.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pages carry this directive by design; the bundler's notice about it is noise
        // that would bury the content diagnostics editors need to see.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
        output: {
          // A reader's first search loads the search engine, the results view and the header box's
          // popup together: one response, not three (each costs its headers, and three files
          // compress less well than one). The search page needs the engine and the view anyway; a
          // page opened from a result finds the file in the cache. What only a misspelled query
          // needs (search-forgiving.ts) stays a file of its own.
          codeSplitting: {
            groups: [
              // Every page's header box imports Vite's preload helper: never with the search.
              { name: 'preload-helper', test: /preload-helper/, priority: 1 },
              { name: 'search', test: /\/src\/scripts\/search-(engine|view|popup)\.ts$/ },
            ],
          },
        },
      },
    },
  },
  // A page from getStaticPaths() whose cacheKey (src/utils/cache-key.ts) and code are unchanged is
  // copied from the last build instead of rendered. Astro skips nothing when build.concurrency > 1:
  // leave it at its default, 1.
  experimental: { incrementalBuild: true },
  integrations: [hamish()],
});
