import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// BARE_CONTENT: a folder of `<slug>.<lang>.mdx` files written by bench/build.ts.
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.BARE_CONTENT ?? 'content' }) });

export const collections = { pages };
