import { unified as astroUnified } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { compileGlossary, parseGlossary } from '../../core/glossary/index.ts';
import { expectFileContent } from '../../../tests/helpers/expected-file.ts';
import { compileEdition } from '../../../tests/helpers/mdx-harness.ts';
import { mdxMarkdownTree } from '../../core/edition/mdx-markdown.ts';
import type { Lang } from '../../core/types.ts';
import { entryHref, FACTS_FIELD, glossTree, remarkGlossary, type RemarkGlossaryOptions } from './index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const parsed = parseGlossary(readFileSync(join(fixtures, 'glossary.yaml'), 'utf8'));
const glossary = compileGlossary(parsed.entries);

/** `file` (MDX with front matter) compiled and run the way Astro does, glossed, as HTML. */
async function render(file: string, options: Partial<RemarkGlossaryOptions> = {}): Promise<string> {
  const compiled = await compileEdition(file, [[remarkGlossary, { glossary, ...options }]]);
  return compiled.render();
}

/**
 * One folder per case under `fixtures/`: `input.mdx` (front matter and body), `expected.html` (what
 * it renders to, glossed with `fixtures/glossary.yaml`) and optionally `options.json`.
 */
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

test('the fixture glossary is valid', () => {
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(join(fixtures, name, 'input.mdx'), 'utf8');
  const optionsFile = join(fixtures, name, 'options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<RemarkGlossaryOptions>)
    : {};

  test('renders the expected HTML', async () => {
    await expectFileContent(await render(input, options), join(fixtures, name, 'expected.html'));
  });

  test("compiles with Astro's own MDX processor, asking for no component or script", async () => {
    const processor = astroUnified({ smartypants: false, remarkPlugins: [[remarkGlossary, { glossary, ...options }]] });
    const mdx = await processor.createMdxRenderer?.(
      {},
      { optimize: false, srcDir: new URL('../../', import.meta.url) },
    );
    if (!mdx) throw new Error('@astrojs/markdown-remark no longer renders MDX');
    const { frontmatter, content } = parseFrontmatter(input, { frontmatter: 'empty-with-spaces' });
    const { code, astroMetadata } = await mdx.process(content, `/editions/${name}.mdx`, frontmatter);
    expect(astroMetadata).toMatchObject({ hydratedComponents: [], clientOnlyComponents: [], scripts: [] });
    const expected = readFileSync(join(fixtures, name, 'expected.html'), 'utf8');
    expect(code.includes('fn-ref'), 'markers survive Astro’s pipeline').toBe(expected.includes('fn-ref'));
  });
});

/** Every element of a hast tree, in document order. */
function elements(node: HastRoot | RootContent): Element[] {
  if (node.type !== 'root' && node.type !== 'element') return [];
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...(node.children as RootContent[]).flatMap(elements)];
}

/** The text of `node` as a reader sees it without the glossary's markers. */
function textWithoutMarkers(node: HastRoot | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'sup') return '';
  if (node.type === 'root' || node.type === 'element')
    return (node.children as RootContent[]).map(textWithoutMarkers).join('');
  return '';
}

describe('the text around a marker', () => {
  const words = [
    'Macron',
    'Kremlin',
    'Pastebin',
    'APT',
    '28',
    'the',
    'ماكرون',
    'وماكرون',
    'الكرملين',
    'trumpet',
    'said',
  ];
  const separators = [' ', ', ', '. ', '’s ', '\u00A0', ' — ', '(', ')', '"', ''];
  const paragraph = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 1, maxLength: 25 })
    .map((parts) => parts.flat().join('').trim());

  test('keeps every character: no space is added or lost (hast-util-to-html)', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom<Lang>('ar', 'en'), (text, lang) => {
        const tree: Root = {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
        };
        unified().use(remarkGlossary, { glossary, lang }).runSync(tree);
        const html = toHtml(toHast(tree));
        const [p] = fromHtml(html, { fragment: true }).children;
        expect(textWithoutMarkers(p as Element)).toBe(text);
        // The marker touches the word before it: no whitespace text between them.
        expect(html).not.toMatch(/\s<sup/);
      }),
    );
  });
});

describe('an aligned .mdx version, rendered as Markdown', () => {
  const glossed = (body: string) => {
    const tree = mdxMarkdownTree(body)!;
    unified().use(remarkGlossary, { glossary, lang: 'en' }).runSync(tree);
    return toHtml(toHast(tree));
  };

  test('glosses no text inside an element the glossary skips in Markdown: a link keeps its text whole', () => {
    const html = glossed('Read <a href="https://example.org">about Emmanuel Macron here</a>.\n');
    expect(html).toContain('<a href="https://example.org">about Emmanuel Macron here</a>');
    for (const tag of ['code', 'kbd', 'h2', 'button', 'summary'])
      expect(glossed(`A <${tag}>Macron</${tag}> word.\n`), tag).toContain(`<${tag}>Macron</${tag}>`);
  });

  test('glosses running text inside any other element', () => {
    expect(glossed('A <span className="x">speech by Macron</span> today.\n')).toMatch(/Macron<sup/);
  });
});

describe('both language versions on one page', () => {
  test('have no id in common, and every link to a note or marker has its target', async () => {
    const en = await render('---\nlang: en\n---\n\nMacron, the Kremlin and Pastebin.\n');
    const ar = await render('---\nlang: ar\n---\n\nماكرون والكرملين وPastebin.\n');
    const page = fromHtml(`${en}${ar}`, { fragment: true });
    const ids = elements(page)
      .map((el) => el.properties.id)
      .filter((id): id is string => typeof id === 'string');
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(ar|en)-/);
    const targets = elements(page).flatMap((el) => {
      const href = el.properties.href;
      return typeof href === 'string' && href.startsWith('#') ? [href.slice(1)] : [];
    });
    for (const target of targets) expect(ids).toContain(target);
    const described = elements(page)
      .map((el) => el.properties.ariaDescribedBy)
      .filter(Boolean)
      .flat();
    for (const target of described) expect(ids).toContain(target);
  });

  test('pass html-validate’s recommended rules', async () => {
    const en = await render('---\nlang: en\n---\n\nMacron, the Kremlin and Pastebin.\n');
    const ar = await render('---\nlang: ar\n---\n\nماكرون والكرملين وPastebin وAPT 28.\n');
    const document = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><article lang="en">${en}</article><article lang="ar" dir="rtl">${ar}</article></main></body></html>`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(document);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('the glossary facts', () => {
  const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });

  test('record how often each entry occurs and in which paragraphs, headings left out', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Macron' }] },
        paragraph('Macron, the Kremlin and Macron again.'),
        paragraph('Nothing here.'),
        paragraph('Macron once more.'),
      ],
    };
    expect(glossTree(tree, { glossary, lang: 'en' })).toEqual({
      'emmanuel-macron': { count: 3, blocks: [1, 3] },
      kremlin: { count: 1, blocks: [1] },
    });
    // One notes section closes the text, one note per entry.
    expect(tree.children.at(-1)?.type).toBe('glossaryNotes');
    expect(tree.children).toHaveLength(5);
  });

  test('the plugin leaves them in front matter, for pages that render MDX', async () => {
    const tree: Root = { type: 'root', children: [paragraph('Macron and the Kremlin.')] };
    const file = { data: { astro: { frontmatter: { lang: 'en' } } } };
    await unified().use(remarkGlossary, { glossary }).run(tree, file);
    expect(file.data.astro.frontmatter).toMatchObject({
      [FACTS_FIELD]: { 'emmanuel-macron': { count: 1, blocks: [0] }, kremlin: { count: 1, blocks: [0] } },
    });
  });
});

describe('entryHref', () => {
  test.each([
    ['/', '/glossary/x/'],
    ['/editions/', '/editions/glossary/x/'],
    ['/editions', '/editions/glossary/x/'],
    ['editions', '/editions/glossary/x/'],
  ])('base %s', (base, href) => {
    expect(entryHref('x', base)).toBe(href);
  });
});

describe('a glossary text is never markup', () => {
  test('notes and terms that look like HTML or MDX stay text', async () => {
    const hostile = compileGlossary(
      parseGlossary(
        [
          '- id: x',
          '  kind: term',
          '  en: { term: "Macron", note: "<img src=x onerror=alert(1)> {alert(1)} </section>" }',
          '  ar: { term: "<script>alert(1)</script>", note: "ملاحظة" }',
        ].join('\n'),
      ).entries,
    );
    const html = await (
      await compileEdition('---\nlang: en\n---\n\nMacron.\n', [[remarkGlossary, { glossary: hostile }]])
    ).render();
    const tags = elements(fromHtml(html, { fragment: true })).map((el) => el.tagName);
    expect(tags).not.toContain('img');
    expect(tags).not.toContain('script');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)> {alert(1)} &#x3C;/section>');
  });
});
