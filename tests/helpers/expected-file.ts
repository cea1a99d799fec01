/**
 * Comparing output with an expected file of a fixture folder. A missing expected file fails the
 * test, naming the file: it is never written from whatever the code gives now (vitest.config.ts
 * also sets `update: 'none'`); `npx vitest run -u` writes it on purpose, for review.
 */
import { existsSync } from 'node:fs';
import { expect } from 'vitest';

export async function expectFileContent(actual: string, path: string): Promise<void> {
  const updating = expect.getState().snapshotState?.snapshotUpdateState === 'all';
  if (!updating && !existsSync(path)) {
    throw new Error(
      `${path} is missing: write the expected output there (or run \`npx vitest run -u\` and review what it writes)`,
    );
  }
  await expect(actual).toMatchFileSnapshot(path);
}
