import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import type { Edition, Paragraph } from '../types.ts';
import {
  compileEdition,
  paragraphTexts,
  readHtml,
  unexpectedNodes,
  visible,
} from '../../../tests/helpers/mdx-harness.ts';
import { editionFrontmatter } from './schema.ts';
import { testEdition } from './testing.ts';
import { editionToMdx, generatedNotice } from './to-mdx.ts';

/** Source text that would be syntax, or code, if it reached MDX as written. */
const HOSTILE = [
  '{alert(1)}',
  '{process.exit(1)}',
  'a } b { c',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Component />',
  '</p>',
  'import fs from "fs"',
  'export const x = 1',
  'export default function(){}',
  'export {x}',
  '[x](javascript:alert(1))',
  '![x](y.png)',
  '[x]: https://example.com',
  '<javascript:alert(1)>',
  '<https://example.com>',
  'www.example.com and https://example.com and a@b.co',
  '# heading',
  'Setext\n===',
  'Setext\n---',
  '1. item',
  '1) item',
  '* item',
  '- item',
  '+ item',
  '- [ ] task',
  '> quote',
  '---',
  '***',
  '___',
  '***bold***',
  '_em_ __strong__',
  '~~strike~~ ~one~',
  '`code`',
  '```',
  '```js\nalert(1)\n```',
  '~~~',
  '\\',
  'ends with a backslash\\\nnext line',
  '\\*not a star\\*',
  '&amp;',
  '&#x3C;',
  '&#60;script&#62;',
  '&copy; &nbsp; &ThisIsNotAnEntity;',
  '<!-- c -->',
  '$$x$$',
  '$x$ costs $5',
  ':::note',
  '::leaf',
  ':text[directive]{#id}',
  'at 10:30',
  '| a | b |',
  'a | b\n--- | ---',
  'a | b\n:-- | --:',
  '[^1]',
  '[^1]: footnote',
  'trailing two spaces  \nnext',
  '\tone tab',
  '    four spaces (indented code)',
  '\t\ttwo tabs',
  'a\n\nb',
  '\u200F\u202Eright-to-left override\u202C',
  'ج\u200Dـ zero width joiner\u200C',
  'a\u0000b',
];

/** Ways the hostile strings can sit in a paragraph: alone, among Arabic, behind marks, on later lines. */
const SETTINGS: ((s: string) => string)[] = [
  (s) => s,
  (s) => `قال ماكرون ${s}`,
  (s) => `${s} قالت لوبان`,
  (s) => `\u200F${s}`,
  (s) => `\u202E${s}\u202C`,
  (s) => `${s}\u200D`,
  (s) => `\t${s}`,
  (s) => `    ${s}`,
  (s) => `${s}  `,
  (s) => `first line\n${s}`,
  (s) => `first line\n   ${s}\nlast line`,
];

const edition = (paragraphs: Paragraph[], extra: Partial<Edition> = {}) =>
  testEdition({
    slug: 'hostile',
    lang: 'ar',
    sourceFile: 'documents/hostile.ar.txt',
    title: 'Hostile',
    paragraphs,
    ...extra,
  });

describe('editionToMdx shows any text literally', () => {
  test.each(HOSTILE)('%j', async (hostile) => {
    const paragraphs = SETTINGS.map((setting, index) => ({ text: setting(hostile), line: index + 1 }));
    const file = editionToMdx(edition(paragraphs));
    const compiled = await compileEdition(file);

    // Checked before the code runs, so a failure here is reported rather than executed.
    expect(unexpectedNodes(compiled.mdast, generatedNotice('documents/hostile.ar.txt'))).toEqual([]);
    const expected = paragraphs.map((p) => visible(p.text));
    expect(paragraphTexts(compiled.mdast).map(visible)).toEqual(expected);

    const html = readHtml(await compiled.render());
    expect(html.tags.filter((tag) => tag !== 'a')).toEqual(expected.map(() => 'p'));
    expect(html.paragraphs.map(visible)).toEqual(expected);
    for (const link of html.links) expect(link.href).toMatch(/^(?:https?:\/\/|mailto:)/);
  });

  test('the checks fail on MDX written without escaping', async () => {
    // The same checks against naive string concatenation: each of these must be caught.
    const naive = [
      '{alert(1)}',
      '<b>x</b>',
      'import fs from "fs"',
      '[x](javascript:alert(1))',
      '# h',
      '> q',
      '*em*',
      '$$x$$',
      ':::note',
      '10:30',
      'a | b\n--- | ---',
      '[^1]: n',
    ];
    const notice = generatedNotice('x');
    for (const text of naive) {
      const compiled = await compileEdition(`{/* ${notice} */}\n\n${text}\n`);
      expect(unexpectedNodes(compiled.mdast, notice), text).not.toEqual([]);
    }
  });

  test('drops paragraphs that are only whitespace and keeps the source line of the rest', async () => {
    const file = editionToMdx(
      edition([
        { text: 'one', line: 3 },
        { text: ' \t\n ', line: 5 },
        { text: '', line: 6 },
        { text: '\u00A0', line: 8 },
        { text: '  two  ', line: 9 },
      ]),
    );
    const compiled = await compileEdition(file);
    expect(paragraphTexts(compiled.mdast)).toEqual(['one', '\u00A0', 'two']);
    expect(editionFrontmatter.parse(compiled.frontmatter).paragraphLines).toEqual([3, 8, 9]);
  });

  test('a hostile source path stays inside the generated-file comment', async () => {
    for (const sourceFile of [
      'documents/a*/}{alert(1)}/*.txt',
      'documents/x\n---\ntitle: y\r.txt',
      'documents/"\\u0041{"}.txt',
    ]) {
      const file = editionToMdx(edition([{ text: 'text', line: 1 }], { sourceFile }));
      const compiled = await compileEdition(file);
      expect(unexpectedNodes(compiled.mdast, generatedNotice(sourceFile))).toEqual([]);
      expect(editionFrontmatter.parse(compiled.frontmatter).sourceFile).toBe(sourceFile);
      // The quoted path in the notice is JSON for the same path.
      const quoted = /from (".*")\. Do not edit/.exec(generatedNotice(sourceFile))?.[1] ?? '';
      expect(JSON.parse(quoted)).toBe(sourceFile);
    }
  });
});

describe('editionToMdx for md and mdx sources', () => {
  test('passes the body through as written, under generated front matter', async () => {
    const body = '# Title\n\nSome *emphasis* and <abbr title="x">X</abbr>.\n';
    const file = editionToMdx(edition([], { format: 'mdx', body, sourceFile: 'documents/a.en.mdx' }));
    expect(file.endsWith(`\n\n${body}`)).toBe(true);
    const compiled = await compileEdition(file);
    expect(compiled.mdast.children.map((node) => node.type)).toEqual(['mdxFlowExpression', 'heading', 'paragraph']);
    const frontmatter = editionFrontmatter.parse(compiled.frontmatter);
    expect(frontmatter.format).toBe('mdx');
    expect(frontmatter.paragraphLines).toBeUndefined();
  });

  test('a md edition is the source body under the front matter, and renders nothing it did not write', async () => {
    const body = '## A heading\n\nSome *emphasis*.\n';
    const file = editionToMdx(edition([], { format: 'md', body, sourceFile: 'documents/a.en.md' }));
    const { content } = parseFrontmatter(file, { frontmatter: 'remove' });
    expect(content.trim()).toBe(body.trim());
    // Astro's unified Markdown processor renders only what the editor wrote.
    const renderer = await unified({ smartypants: false }).createRenderer({});
    const html = (await renderer.render(content)).code;
    expect(html.replace(/\s+/g, ' ').trim()).toBe('<h2 id="a-heading">A heading</h2> <p>Some <em>emphasis</em>.</p>');
    expect(file).toContain(`# ${generatedNotice('documents/a.en.md')}`);
  });

  test('replaces the front matter the editor wrote', () => {
    const file = editionToMdx(edition([], { format: 'md', body: 'Text\n', title: 'Given' }));
    expect(file.match(/^---$/gm)).toHaveLength(2);
    expect(file).toContain('title: "Given"');
  });
});
