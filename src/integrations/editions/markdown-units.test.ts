import { describe, expect, test } from 'vitest';
import { ingest } from '../../core/ingest/index.ts';
import { markdownUnits } from './markdown-units.ts';

const encoder = new TextEncoder();

describe('markdownUnits', () => {
  test('an error in rendering a source names the file', async () => {
    const { editions } = ingest([
      { path: 'documents/chart.en.mdx', bytes: encoder.encode('Text before the chart.\n\n<>A fragment</>\n') },
    ]);
    // Only an .mdx source that is Markdown is aligned; rendering another one as Markdown is refused.
    await expect(markdownUnits(editions, '/site/content')).rejects.toThrow('/site/content/documents/chart.en.mdx');
  });

  test('renders a Markdown source with the options that decide its text: quotes as written', async () => {
    const { editions } = ingest([
      { path: 'documents/quote.en.md', bytes: encoder.encode('He said "no" and left.\n\n## Next\n\nMore.\n') },
    ]);
    const units = (await markdownUnits(editions, '/site/content')).get(editions[0]);
    expect(units?.paragraphs.map((p) => [p.text, p.line])).toEqual([
      ['He said "no" and left.', 1],
      ['Next', 3],
      ['More.', 5],
    ]);
  });
});
