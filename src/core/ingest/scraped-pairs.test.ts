/**
 * Two translation pairs scraped the way news sites print them (tests/fixtures/scraped): every
 * furniture line out and listed by kind, every paragraph of the article kept, the headline as the
 * title, and what the furniture says as metadata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from './index.ts';

const root = new URL('../../../tests/fixtures/scraped/', import.meta.url);
const documents = new URL('documents/', root);
const expected: Record<string, Record<string, unknown>> = JSON.parse(
  readFileSync(new URL('expected.json', root), 'utf8'),
);
const files = readdirSync(documents).map((name) => ({
  path: `documents/${name}`,
  bytes: readFileSync(new URL(name, documents)),
}));

describe('scraped translation pairs', () => {
  const result = ingest(files);

  it('ingest without a problem', () => expect(result.diagnostics).toEqual([]));

  for (const edition of result.editions) {
    it(`${edition.sourceFile}: furniture out by kind, article kept, headline as title, metadata`, () => {
      const want = expected[edition.sourceFile];
      expect(want, `no expectation for ${edition.sourceFile}`).toBeDefined();
      expect({
        title: edition.title,
        titleDerived: edition.titleDerived,
        author: edition.author,
        date: edition.date,
        time: edition.time,
        source: edition.source,
        tags: edition.tags,
        imageCredit: edition.imageCredit,
        dateline: edition.dateline,
        headline: edition.removed.find((r) => r.reason === 'headline')?.line,
        furniture: Object.fromEntries(
          edition.removed.filter((r) => r.reason === 'furniture').map((r) => [String(r.line), r.kind]),
        ),
        paragraphs: edition.paragraphs.map((p) => p.line),
      }).toEqual(Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined)));
      // Every line of the source is accounted for: furniture, the headline or the text.
      const lines = readFileSync(new URL(edition.sourceFile.replace(/^documents\//, ''), documents), 'utf8')
        .trimEnd()
        .split('\n').length;
      expect(edition.removed.length + edition.paragraphs.length).toBe(lines);
    });
  }
});
