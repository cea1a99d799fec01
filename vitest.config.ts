import { defineConfig } from 'vitest/config';

/**
 * Three groups of tests, run in this order by `npm test`, that need nothing but the repository:
 * - unit: the pure core and plugins, beside the code (`src/**`);
 * - site: builds real sites with Astro and checks their HTML (`tests/site/`);
 * - e2e: drives the built sites in headless Chromium (`tests/e2e/`).
 * Site and browser tests share one build per content folder (see tests/helpers/build.ts).
 * A fourth, corpus (`*.corpus.test.ts`, run by `npm run test:corpus`), evaluates on the TICO-19
 * corpus outside the repository (tests/helpers/tico.ts) and fails, saying where to get it, when it
 * is missing.
 */
// One id per `vitest run`, inherited by every worker: builds made in this run are reused by later
// test files, builds left over from an earlier run never are.
process.env.HAMISH_TEST_RUN ??= `${process.pid}-${Date.now()}`;

export default defineConfig({
  test: {
    // A missing expected file (`toMatchFileSnapshot`, inline snapshots) fails the test instead of
    // being written from whatever the code gives now, as on CI. `npx vitest run -u` writes them on
    // purpose, for review.
    update: 'none',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.corpus.test.ts', '**/node_modules/**'],
          environment: 'node',
          // A few unit tests align hundreds of placements; on a loaded 2-core machine they pass 5 s
          // (vitest's default) and failed as timeouts, not on what they assert. Speed is the bench's.
          testTimeout: 60_000,
          setupFiles: ['tests/helpers/property-seed.ts'],
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['src/**/*.corpus.test.ts'],
          environment: 'node',
          // Correctness over thousands of sentences, on a shared machine: time is not what is tested.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Builds are heavy and share output folders: one file at a time.
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
