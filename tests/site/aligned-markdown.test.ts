/**
 * Hand-written Markdown translation pairs on the built site (`tests/fixtures/aligned-markdown`): a
 * `.md` pair with headings, lists, a quotation and paragraphs of several sentences, and a pair of a
 * `.txt` and a `.md` version. Both are laid out in aligned rows: headings, list items and the
 * quotation each a row of their own, the sentences of paragraphs paired, every cell with its lang
 * and dir, and no text lost; the sidecar's marks (`align:`) hold in the mixed pair.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content-folder.ts';
import { ALIGNED_FORMATS, alignArchive, pairsOf, renderedParagraphs } from '../../src/integrations/editions/align.ts';
import { markdownUnits } from '../../src/integrations/editions/markdown-units.ts';
import { buildOnce, ROOT, type BuildResult } from '../helpers/build.ts';
import { all, one, readPage, type Page } from '../helpers/html.ts';

const CONTENT = resolve(ROOT, 'tests/fixtures/aligned-markdown');
const LANGS = ['ar', 'en'] as const;
type Lang = (typeof LANGS)[number];
const DIR = { ar: 'rtl', en: 'ltr' } as const;
const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

let build: BuildResult;
const pages: Record<string, Record<Lang, Page>> = {};

beforeAll(async () => {
  build = await buildOnce({ contentDir: CONTENT });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
  for (const slug of ['guide', 'notice', 'letter', 'bulletin', 'appeal'])
    pages[slug] = {
      ar: await readPage(build.outDir, `/ar/${slug}/`),
      en: await readPage(build.outDir, `/en/${slug}/`),
    };
});

const rowsOf = (page: Page) => all(page, '.aligned > .aligned-row[id]');
/** A row's cell in `lang`. */
const cell = (row: Element, lang: Lang) => one(row, `.cell[lang="${lang}"]`);
/** The sentences and whole units of a cell, as their own text (markers have none here). */
const units = (cell: Element) => all(cell, '.s');
const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();

/** The unit of `page` whose text starts with `start`. */
function unit(page: Page, start: string): Element {
  const found = all(page, '.aligned .s').filter((s) => text(s).startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0];
}
const linked = (a: Element, b: Element) => {
  expect(String(a.properties.dataWith ?? '').split(' ')).toContain(b.properties.id);
  expect(String(b.properties.dataWith ?? '').split(' ')).toContain(a.properties.id);
};

describe.each(LANGS)('the %s page of a .md translation pair', (lang) => {
  test('is laid out in rows, each with a cell per language with its lang and dir', () => {
    const page = pages.guide[lang];
    const rows = rowsOf(page);
    // 2 headings, 2 paragraphs, 3 + 2 list items, 1 quotation: each a row of its own.
    expect(rows).toHaveLength(10);
    expect(rowsOf(pages.guide[other(lang)])).toHaveLength(rows.length);
    for (const row of rows) {
      const cells = all(row, '.cell');
      expect(cells).toHaveLength(2);
      expect(cells[0].properties.lang).toBe(lang);
      for (const l of LANGS) {
        expect(cell(row, l).properties.dir).toBe(DIR[l]);
        expect(units(cell(row, l)).length).toBeGreaterThan(0);
      }
    }
    expect(one(page, 'h1').children.length).toBeGreaterThan(0);
  });

  test('headings, list items and the quotation are rows of their own, paired with their translations', () => {
    const page = pages.guide[lang];
    const pairs: [string, string, string][] = [
      ['h2', 'Before the water rises', 'قبل ارتفاع المياه'],
      ['h2', 'After the flood', 'بعد الفيضان'],
      ['li', 'Charge your phone', 'اشحن هاتفك'],
      ['li', 'Wear gloves', 'ارتدِ القفازات'],
      ['blockquote', 'Water only thirty', 'المياه التي لا'],
    ];
    for (const [tag, en, ar] of pairs) {
      const [e, a] = [unit(page, en), unit(page, ar)];
      expect(e.tagName).toBe(tag);
      expect(a.tagName).toBe(tag);
      linked(e, a);
      const row = rowsOf(page).find((r) => all(r, '.s').includes(e));
      expect(row, en).toBeDefined();
      // The row holds this unit and its translation, nothing else.
      expect(units(cell(row!, 'en'))).toEqual([e]);
      expect(units(cell(row!, 'ar'))).toEqual([a]);
    }
    // An ordered list cut into rows keeps its numbering: the second item is item 2.
    const gloves = unit(page, 'Wear gloves');
    const list = all(page, '.aligned ol').find((ol) => ol.children.includes(gloves));
    expect(list?.properties.start).toBe(2);
  });

  test('paragraphs are split into sentences, paired one to one', () => {
    const page = pages.guide[lang];
    const sentences: [string, string][] = [
      ['Move valuables', 'انقل الأشياء'],
      ['Keep important papers', 'احفظ الأوراق'],
      ['Turn off the electricity', 'اقطع الكهرباء'],
      ['Do not return home', 'لا تعد إلى'],
      ['Throw away any food', 'تخلص من أي'],
      ['Photograph the damage', 'صوّر الأضرار'],
    ];
    for (const [en, ar] of sentences) {
      const [e, a] = [unit(page, en), unit(page, ar)];
      expect(e.tagName).toBe('span');
      expect(e.properties.dataWith).toBe(a.properties.id);
      expect(a.properties.dataWith).toBe(e.properties.id);
    }
    // Inline markup stays in its sentence.
    expect(one(unit(page, 'Keep important papers'), 'em')).toBeDefined();
  });

  test('keeps all of both versions’ text', async () => {
    const page = pages.guide[lang];
    for (const l of LANGS) {
      const source = (await readFile(resolve(CONTENT, `documents/guide.${l}.md`), 'utf8')).split('---\n')[2];
      const shown = rowsOf(page)
        .map((row) => text(cell(row, l)))
        .join(' ');
      const words = source
        .replace(/\*/g, '')
        .replace(/[#>-]|\d\./g, ' ')
        .split(/\s+/)
        .filter(Boolean);
      expect(shown.split(' ')).toEqual(words);
    }
  });
});

describe.each(LANGS)('the %s page of a .txt and .md translation pair', (lang) => {
  test('is aligned sentence by sentence', () => {
    const page = pages.notice[lang];
    expect(rowsOf(page).length).toBeGreaterThan(0);
    linked(unit(page, 'The library closes'), unit(page, 'تغلق المكتبة'));
    linked(unit(page, 'Books due on Friday'), unit(page, 'يمكن إعادة الكتب'));
  });

  test('honours the sidecar’s marks: a .txt sentence named by line, a .md one by its start', () => {
    const page = pages.notice[lang];
    for (const start of ['Staff will attend', 'سيحضر الموظفون']) {
      const s = unit(page, start);
      expect(s.properties.dataWith, start).toBeUndefined();
      for (const other of all(page, '.aligned .s'))
        expect(String(other.properties.dataWith ?? '').split(' ')).not.toContain(s.properties.id);
    }
  });
});

describe('an .mdx version (Markdown with HTML elements written as JSX)', () => {
  describe.each(LANGS)('on the %s page', (lang) => {
    const unit = (page: Page, start: string) => {
      const found = all(page, '.aligned .s').find((s) => text(s).startsWith(start));
      if (!found) throw new Error(`no unit starting “${start}”`);
      return found;
    };
    const linked = (page: Page, a: string, b: string) =>
      expect(String(unit(page, a).properties.dataWith ?? '').split(' ')).toContain(unit(page, b).properties.id);

    test('is laid out in aligned rows: the heading, the list items and the sentences paired', () => {
      const page = pages.letter[lang];
      expect(rowsOf(page).length).toBeGreaterThan(3);
      linked(page, 'From the harbour library', 'من مكتبة الميناء');
      linked(page, 'The library reopened', 'أعيد افتتاح المكتبة');
      linked(page, 'A new lift', 'يصل مصعد جديد');
      linked(page, 'An old man at the front', 'وقال رجل مسن');
      // The JSX element is the HTML element it names, with its literal attribute, inside its sentence.
      const abbr = one(unit(page, 'موّلت'), 'abbr');
      expect(abbr.properties.title).toBe('منظمة الأمم المتحدة للتربية والعلم والثقافة');
    });

    test('honours the sidecar: a pin and sentences with no counterpart on each side, named by their starts', () => {
      const page = pages.letter[lang];
      linked(page, 'وأظهر المسح', 'UNESCO paid');
      linked(page, 'UNESCO paid', 'وأظهر المسح');
      for (const start of ['The survey found them sound', 'A café now opens', 'وتبرع سكان الحي']) {
        const alone = unit(page, start);
        expect(alone.properties.dataWith).toBeUndefined();
        for (const other of all(page, '.aligned .s'))
          expect(String(other.properties.dataWith ?? '').split(' ')).not.toContain(alone.properties.id);
      }
      // Between a mark on each side, the sentences are paired, not left out with the marked ones.
      linked(page, 'The reading room kept', 'احتفظت قاعة المطالعة');
      linked(page, 'احتفظت قاعة المطالعة', 'The reading room kept');
    });
  });
});

describe('one title decision for a Markdown translation pair', () => {
  /** The page's title, `#<lang>-title`, and whether it is shown (a title made from the text is hidden). */
  const title = (page: Page, lang: Lang) => {
    const h1 = one(page, `#${lang}-title`);
    return { text: text(h1), shown: !String(h1.properties.className ?? '').includes('visually-hidden') };
  };

  test.each(LANGS)('a heading and a first line that translates it are both titles (%s page)', (lang) => {
    // The English opens with a heading, the .mdx Arabic with a line of text: both are shown as titles.
    const page = pages.bulletin[lang];
    expect(title(page, lang)).toEqual({
      text: lang === 'en' ? 'Harbour ferry returns after winter repairs' : 'عودة عبّارة الميناء بعد إصلاحات الشتاء',
      shown: true,
    });
    expect(title(pages.bulletin[other(lang)], other(lang)).shown).toBe(true);
    // Neither is left in the rows beside nothing: the rows open with the report in both languages.
    const first = rowsOf(page)[0];
    expect(text(cell(first, 'en'))).toMatch(/^The ferry across the harbour/);
    expect(text(cell(first, 'ar'))).toMatch(/^تعود العبّارة/);
  });

  test.each(LANGS)('a heading that the other version renders in sentences stays in the text (%s page)', (lang) => {
    // The English heading is two sentences of the Arabic text: neither version shows a title of its own.
    const page = pages.appeal[lang];
    expect(title(page, lang).shown).toBe(false);
    expect(title(pages.appeal[other(lang)], other(lang)).shown).toBe(false);
    const heading = unit(page, 'The museum asks for old photographs');
    expect(heading.tagName).toBe('h1');
    linked(heading, unit(page, 'يطلب المتحف صورًا'));
  });
});

describe('npm run check, which reads the content without Astro', () => {
  test('aligns every pair as the build does: the same rows, sentence for sentence', async () => {
    const content = await loadContent(CONTENT);
    const pairs = pairsOf(content.editions, ALIGNED_FORMATS);
    expect(pairs.map((p) => p.ar.slug).sort()).toEqual(Object.keys(pages).sort());
    const blocks = await markdownUnits(pairs.flatMap(({ ar, en }) => [ar, en]));
    const aligned = alignArchive(pairs, content.glossary.compiled, blocks);
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [k, pair] of pairs.entries()) {
      const { alignment } = aligned[k];
      for (const lang of LANGS) {
        const paragraphs = blocks.get(pair[lang])?.paragraphs ?? renderedParagraphs(pair[lang]);
        const checked = alignment.rows.map((row) =>
          row[lang].map((s) => words(paragraphs[s.paragraph].text.slice(s.start, s.end))),
        );
        const page = pages[pair.ar.slug][lang];
        const built = rowsOf(page).map((row) => units(cell(row, lang)).map(text));
        expect(checked, `${pair.ar.slug} ${lang}`).toEqual(built);
      }
    }
  });
});
