/**
 * The cost of the glossary, measured on real text (TICO-19) with a 5,000-entry glossary
 * (bench/glossary-corpus.ts):
 *   node bench/glossary.bench.ts
 *
 * 1. Reading, validating and compiling the glossary (once per build).
 * 2. Matching throughput over every sentence of the TICO-19 translation memory, in each language,
 *    with a small and a large glossary: the cost is per character of text, not per entry.
 * 3. The remark plugin's own work (matching, building the notes) against compiling the same pages
 *    with MDX (@mdx-js/mdx, as Astro does), and what the notes' markup adds to that compilation.
 *    The target, a 5,000-entry glossary adding under 10 % to a whole build, is measured end to end
 *    by bench/build.ts (npm run bench).
 *
 * Exits non-zero when matching slows down with the size of the glossary (the 5,000-entry glossary
 * matching at under 80 % of the 300-entry one's speed), which the trie is there to prevent.
 */
import { compile } from '@mdx-js/mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { compileGlossary, findMatches, parseGlossary, type CompiledGlossary } from '../src/core/glossary/index.ts';
import type { Lang } from '../src/core/types.ts';
import { remarkGlossary } from '../src/plugins/remark-glossary/index.ts';
import { sidesOf } from '../tests/helpers/parallel.ts';
import { ticoDocuments } from '../tests/helpers/tico.ts';
import { benchGlossaryEntries } from './glossary-corpus.ts';

const ENTRIES = Number(process.env.BENCH_GLOSSARY_ENTRIES ?? 5000);
const PAGES = Number(process.env.BENCH_GLOSSARY_PAGES ?? 400);

/** Milliseconds `run` takes, best of `times` (the least disturbed run). */
function best(times: number, run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function bestAsync(times: number, run: () => Promise<void>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const docs = ticoDocuments('file').map(sidesOf);
const sentences: Record<Lang, string[]> = { en: docs.flatMap((d) => d.en), ar: docs.flatMap((d) => d.ar) };

// 1. The glossary, from YAML to trie.
const entries = benchGlossaryEntries(ENTRIES);
const yaml = stringify(entries, { lineWidth: 0 });
let parsed = parseGlossary(yaml);
const parseMs = best(5, () => {
  parsed = parseGlossary(yaml);
});
if (parsed.diagnostics.some((d) => d.severity === 'error'))
  throw new Error(`the bench glossary is invalid: ${parsed.diagnostics[0].message}`);
let large: CompiledGlossary = compileGlossary(parsed.entries);
const compileMs = best(5, () => {
  large = compileGlossary(parsed.entries);
});
const small = compileGlossary(parsed.entries.slice(0, 300));

console.log(
  `Glossary: ${entries.length} entries (${large.formCount} forms), ${(yaml.length / 1024).toFixed(0)} KB of YAML`,
);
console.log(`  parse + validate: ${parseMs.toFixed(0)} ms; compile: ${compileMs.toFixed(1)} ms\n`);

// 2. Matching throughput.
let slowest = Infinity;
console.log('| text | characters | glossary | matches | time | throughput |\n|---|---|---|---|---|---|');
for (const lang of ['en', 'ar'] as const) {
  const characters = sentences[lang].reduce((n, s) => n + s.length, 0);
  const timeOf: number[] = [];
  for (const [label, glossary] of [
    ['300 entries', small],
    [`${entries.length} entries`, large],
  ] as const) {
    let found = 0;
    const ms = best(5, () => {
      found = 0;
      for (const sentence of sentences[lang]) found += findMatches(glossary, sentence, lang).length;
    });
    timeOf.push(ms);
    const mbPerSecond = characters / 1e6 / (ms / 1000);
    console.log(
      `| TICO-19 ${lang} (${sentences[lang].length} sentences) | ${characters} | ${label} | ${found} | ${ms.toFixed(1)} ms | ${mbPerSecond.toFixed(1)} M chars/s |`,
    );
  }
  slowest = Math.min(slowest, timeOf[0] / timeOf[1]);
}
console.log(`\nlarge glossary / small glossary matching speed: ${slowest.toFixed(2)} (target ≥ 0.80)`);

// 3. The plugin's share of compiling the same pages with MDX, on pages of six sentences as
// bench/make-corpus.ts cuts them: first its own work (matching, building the notes), then the
// whole difference, which also counts MDX compiling the notes' markup.
const pages: { lang: Lang; body: string }[] = [];
for (const doc of docs) {
  for (const lang of ['en', 'ar'] as const) {
    for (let i = 0; i < doc[lang].length && pages.length < PAGES; i += 6) {
      pages.push({
        lang,
        body: doc[lang]
          .slice(i, i + 6)
          .map((s) => s.replace(/[\\{}<>*_#`[\]]/g, (c) => `\\${c}`))
          .join('\n\n'),
      });
    }
  }
}
const fileOf = (page: { lang: Lang; body: string }) => ({
  value: page.body,
  data: { astro: { frontmatter: { lang: page.lang } } },
});
const compilePages = async (withGlossary: boolean) => {
  for (const page of pages) {
    await compile(fileOf(page), { remarkPlugins: withGlossary ? [[remarkGlossary, { glossary: large }]] : [] });
  }
};
const parser = unified().use(remarkParse).use(remarkMdx);
const trees = pages.map((page) => parser.parse(page.body));
const glossing = unified().use(remarkGlossary, { glossary: large });
let notes = 0;
const pluginOnly =
  best(5, () => {
    notes = 0;
    trees.forEach((tree, i) => {
      const copy = structuredClone(tree);
      glossing.runSync(copy, fileOf(pages[i]));
      notes += copy.children.some((node) => node.type === 'glossaryNotes') ? 1 : 0;
    });
  }) - best(5, () => trees.forEach((tree) => structuredClone(tree)));
await compilePages(true); // warm up
const bare = await bestAsync(3, () => compilePages(false));
const glossed = await bestAsync(3, () => compilePages(true));
const own = pluginOnly / bare;
console.log(
  `\nMDX compilation of ${pages.length} pages (${notes} with notes): ${bare.toFixed(0)} ms without the glossary, ${glossed.toFixed(0)} ms with it`,
);
console.log(
  `  the glossary's own work: ${pluginOnly.toFixed(0)} ms (${((pluginOnly / pages.length) * 1000).toFixed(0)} µs a page), ${(own * 100).toFixed(1)} % of MDX compilation`,
);
console.log(
  `  with compiling the notes' markup: ${((glossed / bare - 1) * 100).toFixed(0)} % (what it adds to a whole build: npm run bench)`,
);
console.log(`  loading the glossary, once per build: ${(parseMs + compileMs).toFixed(0)} ms`);
if (slowest < 0.8) process.exitCode = 1;
