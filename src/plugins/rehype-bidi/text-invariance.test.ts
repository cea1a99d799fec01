/**
 * The plugin never changes the visible text: over the two scraped seeds, a sample of TICO-19's
 * English–Arabic sentence pairs, and random trees of mixed prose and inline markup.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { bidi, textOf } from './testing.ts';
import { SAMPLE_AR_FILE, SAMPLE_EN_FILE } from '../../../tests/helpers/sample.ts';
import { TICO_TMX } from '../../../tests/helpers/tico.ts';

/** The spans the plugin added, as their text. */
function spans(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'span' && node.properties.dir !== undefined)
      found.push(textOf(node));
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Runs the plugin and checks what must always hold; returns the added spans' texts. */
async function check(tree: Root, lang: string): Promise<string[]> {
  const before = textOf(tree);
  await bidi(tree, { lang });
  expect(textOf(tree)).toBe(before);
  const html = toHtml(tree);
  await bidi(tree, { lang });
  expect(toHtml(tree)).toBe(html);
  for (const text of spans(tree)) expect(text).toMatch(/^\S(?:.*\S)?$/su);
  return spans(tree);
}

/** One `<p>` per line, as editors' raw text becomes paragraphs. */
const paragraphs = (text: string): Root =>
  h(
    null,
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => h('p', line)),
  );

describe('seeds', () => {
  const seeds = [SAMPLE_AR_FILE, SAMPLE_EN_FILE];

  test('there are seeds to read', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
  });

  test.each(
    seeds.flatMap((path) => [
      [basename(path), 'ar', path],
      [basename(path), 'en', path],
    ]),
  )('%s as %s', async (_name, lang, path) => {
    const text = readFileSync(path, 'utf8');
    const added = await check(paragraphs(text), lang);
    // Not vacuous: whichever the language, the other script's runs are found.
    const arabic = /\p{Script=Arabic}/u.test(text);
    if (lang === 'ar' && arabic) expect(added).toEqual(expect.arrayContaining(['EMLEAKS', 'Pastebin', 'APT 28']));
    // An English line in an Arabic context is one left-to-right run, trailing full stop outside.
    if (lang === 'ar' && !arabic)
      expect(added).toEqual(expect.arrayContaining(['Read the whole story from', 'The Washington Post']));
    if (lang === 'en' && arabic) expect(added.length).toBeGreaterThan(5);
  });
});

describe('TICO-19', () => {
  const decode = (s: string) =>
    s.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()],
    );
  const units = [...readFileSync(TICO_TMX, 'utf8').matchAll(/<tu\b[\s\S]*?<\/tu>/g)].map(([unit]) => {
    const seg = (lang: string) =>
      decode(new RegExp(`xml:lang="${lang}">\\s*<seg>([\\s\\S]*?)</seg>`).exec(unit)?.[1] ?? '');
    return { en: seg('en'), ar: seg('ar') };
  });
  /** Every tenth pair: a few hundred sentences from every document of the corpus. */
  const sample = units.filter((_, i) => i % 10 === 0);

  /** A sentence as a paragraph with its second word emphasised, so runs meet element edges. */
  const paragraph = (sentence: string): Element => {
    const [first = '', second, ...rest] = sentence.split(' ');
    return second === undefined ? h('p', first) : h('p', [`${first} `, h('em', second), ` ${rest.join(' ')}`]);
  };

  test('the corpus is there', () => {
    expect(units.length).toBe(3071);
    expect(sample.every((u) => u.en !== '' && u.ar !== '')).toBe(true);
  });

  test.each(['ar', 'en'])('sentences in their own language and the other, and mixed, as %s', async (lang) => {
    const tree = h(
      null,
      sample.flatMap(({ en, ar }) => [paragraph(en), paragraph(ar), paragraph(`${en} ${ar}`)]),
    );
    const added = await check(tree, lang);
    expect(added.length).toBeGreaterThan(sample.length);
  });
});

describe('random trees', () => {
  const word = fc.constantFrom(
    'ماكرون',
    'لوبان',
    'هامش،',
    'Macron',
    'Le Pen',
    'APT 28',
    'COVID-19',
    '9 GB',
    '26%',
    '-3',
    '٢٠١٧',
    'https://x.org/a',
    'a@b.org',
    '. ',
    ', ',
    ' ',
    '\n',
    '«',
    '»',
    '(',
    ')',
    'U.S.',
    '؟',
  );
  const text = fc
    .array(word, { minLength: 1, maxLength: 6 })
    .map((parts): ElementContent => ({ type: 'text', value: parts.join('') }));
  const { inline } = fc.letrec<{ inline: ElementContent }>((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      text,
      fc.constantFrom<ElementContent>(
        h('br'),
        h('sup', [h('a', { href: '#fn1' }, '1')]),
        h('code', 'x = ماكرون'),
        h('span', { dir: 'ltr' }, 'Le Pen.'),
      ),
      fc
        .tuple(fc.constantFrom('em', 'strong', 'a', 'span', 'b'), fc.array(tie('inline'), { maxLength: 4 }))
        .map(([tag, children]) => h(tag, children)),
    ),
  }));
  const block = fc
    .tuple(
      fc.constantFrom('p', 'li', 'blockquote'),
      fc.array(inline, { maxLength: 8 }),
      fc.constantFrom(undefined, 'ar', 'en'),
    )
    .map(([tag, children, lang]) => h(tag, lang ? { lang } : {}, children));

  test.each(['ar', 'en'])('keep their text, as %s', async (lang) => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 4 }), async (blocks) => {
        await check(structuredClone(h(null, blocks)), lang);
      }),
      { numRuns: 300 },
    );
  });
});
