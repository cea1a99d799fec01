// @ts-check
// The baseline Hamish is measured against: a bare Astro + MDX site of the same texts, with the
// same unified Markdown processor and a Pagefind index, and nothing of Hamish's own.
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  markdown: { processor: unified() },
  integrations: [mdx()],
});
