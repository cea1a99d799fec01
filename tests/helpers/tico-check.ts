/**
 * `npm run test:corpus` runs this first: without the corpus it prints one line saying where to get
 * it and fails, before Vitest starts. (A corpus test file run on its own fails with the same line.)
 */
import { ticoMissing } from './tico.ts';

const missing = ticoMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}
