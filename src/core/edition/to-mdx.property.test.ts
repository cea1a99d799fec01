import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Edition } from '../types.ts';
import {
  compileEdition,
  paragraphTexts,
  readHtml,
  unexpectedNodes,
  visible,
} from '../../../tests/helpers/mdx-harness.ts';
import { editionFrontmatter } from './schema.ts';
import { testEdition } from './testing.ts';
import { editionFrontmatterOf } from './frontmatter.ts';
import { editionToMdx, generatedNotice } from './to-mdx.ts';

/** Pieces of syntax (Markdown, MDX, GFM, math, directives, HTML) and of awkward Unicode. */
const SYNTAX = [
  '{',
  '}',
  '{x}',
  '<',
  '>',
  '</',
  '<b>',
  '<X />',
  '&',
  '&amp;',
  '&#x3C;',
  '&#0;',
  '\\',
  '`',
  '```',
  '~~~',
  '~',
  '*',
  '**',
  '_',
  '__',
  '#',
  '# ',
  '1. ',
  '1) ',
  '- ',
  '+ ',
  '* ',
  '> ',
  '---',
  '===',
  '|',
  '| ',
  ':-',
  '-:',
  '[',
  ']',
  '(',
  ')',
  '[x](y)',
  '![x](y)',
  '[^1]',
  '[x]: y',
  '!',
  '$',
  '$$',
  ':',
  '::',
  ':::',
  ':x',
  'import ',
  'export ',
  'www.',
  'http://',
  'a@b.co',
  '<!--',
  '-->',
  '  ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '  \n',
  '\\\n',
  '\r',
  '\u00A0',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202C',
  '\u2066',
  '\u200D',
  '\u200C',
  '\uFEFF',
  '\u0301',
  '\u0651',
  '\u{1F600}',
  '\u{1D400}',
  'ماكرون',
  'لوبان',
  'ﻻ',
  'é',
  '\0',
].map((piece) => fc.constant(piece));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(...SYNTAX) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0x600, max: 0x6ff }).map((c) => String.fromCodePoint(c)),
      maxLength: 6,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  // Lone surrogates: not valid Unicode, but a JavaScript string can hold them.
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
);

const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

const paragraphs = fc.array(fc.record({ text, line: fc.integer({ min: 1, max: 100_000 }) }), {
  minLength: 1,
  maxLength: 6,
});

const edition = (fields: Partial<Edition>) => testEdition({ slug: 'p', title: 'P', ...fields });

describe('editionToMdx, for any text', () => {
  test('compiles to paragraphs that show the text and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, async (input) => {
        const compiled = await compileEdition(editionToMdx(edition({ paragraphs: input })));
        const kept = input.filter((p) => visible(p.text) !== '');
        const expected = kept.map((p) => visible(p.text));

        expect(unexpectedNodes(compiled.mdast, generatedNotice('documents/p.en.txt'))).toEqual([]);
        expect(paragraphTexts(compiled.mdast).map(visible)).toEqual(expected);
        expect(editionFrontmatter.parse(compiled.frontmatter).paragraphLines).toEqual(kept.map((p) => p.line));

        const html = readHtml(await compiled.render());
        expect(html.tags.filter((tag) => tag !== 'a')).toEqual(expected.map(() => 'p'));
        expect(html.paragraphs.map(visible)).toEqual(expected);
        for (const link of html.links) expect(link.href).toMatch(/^(?:https?:\/\/|mailto:|xmpp:)/i);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  test('writes front matter that Astro reads back as the same values', async () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 20 });
    const fields = fc.record(
      {
        slug: anyText.filter((s) => s !== ''),
        sourceFile: fc.oneof(anyText, fc.constantFrom('a*/b', '}{x}', '---', '\n---\n', '+++')).filter((s) => s !== ''),
        encoding: fc.constantFrom('UTF-8', 'UTF-16LE', 'windows-1256'),
        title: fc.oneof(anyText, fc.constantFrom('2017-05-05', 'yes', 'null', '0b101', '~', '- x', '"', '#')),
        titleDerived: fc.boolean(),
        date: fc.oneof(anyText, fc.constantFrom('2017-05-05', '2017-05-05T10:00:00Z')),
        dateline: anyText,
        source: anyText,
        url: anyText,
        imageCredit: anyText,
        relation: fc.constantFrom('translation' as const, 'coverage' as const),
        removed: fc.array(
          fc.record(
            {
              reason: fc.constantFrom('repeated-article' as const, 'repeated-paragraph' as const, 'furniture' as const),
              text: anyText,
              line: fc.integer({ min: 1, max: 100_000 }),
              pattern: anyText,
            },
            { requiredKeys: ['reason', 'text', 'line'] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['slug', 'sourceFile', 'encoding', 'title', 'titleDerived', 'removed'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fields,
        fc.constantFrom('txt' as const, 'md' as const, 'mdx' as const),
        async (given, format) => {
          const source = edition({ ...given, format, paragraphs: [{ text: 'x', line: 1 }], body: 'x\n' });
          const compiled = await compileEdition(editionToMdx(source));
          const expected = editionFrontmatterOf(source, format === 'txt' ? [1] : undefined);
          expect(editionFrontmatter.parse(compiled.frontmatter)).toEqual(expected);
          // The notice survives as a comment whatever the path; a md body (Markdown, where it would be
          // text) has none and is the source's body alone.
          if (format === 'md') expect(compiled.mdast.children.map((node) => node.type)).toEqual(['paragraph']);
          else
            expect(compiled.mdast.children[0]).toMatchObject({
              type: 'mdxFlowExpression',
              value: `/* ${generatedNotice(source.sourceFile)} */`,
            });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
