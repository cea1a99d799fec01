// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { hamishContent } from './src/integrations/content.ts';
import { hamishSearch } from './src/integrations/search.ts';
import { sharedGlossary } from './src/lib/glossary.ts';
import { rehypeBidi } from './src/plugins/rehype-bidi/index.ts';
import { remarkGlossary } from './src/plugins/remark-glossary/index.ts';
import { contentDir, editionsDir, workDir } from './src/lib/paths.ts';

const content = contentDir();
const work = workDir(content);
const base = process.env.BASE_PATH || '/';
// Compiled once for the whole build; its problems are reported (and stop the build) with the
// content's by the hamish:content integration.
const glossary = await sharedGlossary(content);

export default defineConfig({
  // BASE_PATH deploys the site under a sub-path, e.g. BASE_PATH=/editions/ for example.org/editions/.
  base,
  trailingSlash: 'always',
  cacheDir: `${work}/cache`,
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; ours are unified plugins.
    // Smartypants would rewrite the quotes of the source text, which an edition must show as written.
    processor: unified({ smartypants: false, remarkPlugins: [[remarkGlossary, { glossary: glossary.compiled, base, notes: 'data' }]], rehypePlugins: [rehypeBidi] }),
    // Shiki highlights with inline styles, which the Content-Security-Policy below forbids.
    syntaxHighlight: false,
  },
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
      // The dev server watches the generated editions (under .hamish/<content>/editions), not the
      // caches, builds and benchmarks beside them: thousands of files it must never reload for.
      watch: {
        ignored: ['**/.hamish/bench/**', '**/.hamish/test-builds/**', '**/.hamish/locks/**', '**/.hamish/*/cache/**', '**/dist/**', '**/test-results/**'],
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
      },
    },
  },
  integrations: [
    hamishContent({ contentDir: content, editionsDir: editionsDir(work) }),
    // An edition is static text: `optimize` compiles each page's markup (the text, the glossary's
    // markers, rehype-bidi's spans) to one HTML string instead of a JSX call per element, which is
    // what made glossing cost a large build a tenth of its time (bench/build.ts).
    mdx({ optimize: true }),
    hamishSearch({ contentDir: content, workDir: work }),
  ],
});
