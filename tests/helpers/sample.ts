/**
 * The two scraped reports of the sample content (`content/documents/macron-campaign-hack.*.txt`),
 * byte for byte as received, for unit tests that run the core over real scrapes. Read from the
 * repository, so the unit tests need nothing beside the checkout.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_AR_FILE = fileURLToPath(
  new URL('../../content/documents/macron-campaign-hack.ar.txt', import.meta.url),
);
export const SAMPLE_EN_FILE = fileURLToPath(
  new URL('../../content/documents/macron-campaign-hack.en.txt', import.meta.url),
);

/** The Arabic report: no furniture, no dateline. */
export const SAMPLE_AR = readFileSync(SAMPLE_AR_FILE, 'utf8');
/** The English report: the article twice, with comment prompts, an outlet line and an image credit. */
export const SAMPLE_EN = readFileSync(SAMPLE_EN_FILE, 'utf8');
