import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { alignParagraphs } from '../../core/align/index.ts';
import { testEdition } from '../../core/edition/testing.ts';
import { compileGlossary, type GlossaryEntry } from '../../core/glossary/index.ts';
import type { Paragraph } from '../../core/types.ts';
import { renderEdition } from '../../integrations/editions/render.ts';
import { wrapSentences } from './index.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const marker = (n: string) => el('sup', { className: ['fn-ref'] }, el('a', { href: `#fn-${n}` }, text(n)));

/** The text a reader sees, markers included. */
const visible = (node: Element | Root): string =>
  node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? visible(child) : ''))
    .join('');

describe('wrapSentences', () => {
  test('wraps each sentence, keeps markers with the word they follow and white space between', () => {
    const p = el('p', {}, text('Macron'), marker('1'), text(' won. Le Pen'), marker('2'), text(' lost.'));
    const source = 'Macron won. Le Pen lost.';
    expect(
      wrapSentences(p, source, [
        { start: 0, end: 11, id: 'en-s0' },
        { start: 12, end: 24, id: 'en-s1' },
      ]),
    ).toBe(true);
    expect(toHtml(p)).toBe(
      '<p><span class="s" id="en-s0">Macron<sup class="fn-ref"><a href="#fn-1">1</a></sup> won.</span> ' +
        '<span class="s" id="en-s1">Le Pen<sup class="fn-ref"><a href="#fn-2">2</a></sup> lost.</span></p>',
    );
  });

  test('splits an element that a sentence boundary cuts, one copy in each sentence', () => {
    // A Latin run in Arabic text, "U.S. The", marked as one direction span across the sentence end.
    const p = el(
      'p',
      {},
      text('وصل إلى '),
      el('span', { dir: 'ltr', lang: 'en' }, text('U.S. The')),
      text(' ثم غادر.'),
    );
    const source = 'وصل إلى U.S. The ثم غادر.';
    wrapSentences(p, source, [
      { start: 0, end: 12, id: 'ar-s0' },
      { start: 13, end: source.length, id: 'ar-s1' },
    ]);
    expect(toHtml(p)).toBe(
      '<p><span class="s" id="ar-s0">وصل إلى <span dir="ltr" lang="en">U.S.</span></span><span dir="ltr" lang="en"> </span>' +
        '<span class="s" id="ar-s1"><span dir="ltr" lang="en">The</span> ثم غادر.</span></p>',
    );
    expect(visible(p)).toBe(source);
  });

  test('leaves a paragraph alone when its text is not the text of the offsets', () => {
    const p = el('p', {}, text('Something else.'));
    expect(wrapSentences(p, 'Other text.', [{ start: 0, end: 11, id: 'x' }])).toBe(false);
    expect(toHtml(p)).toBe('<p>Something else.</p>');
  });

  test('on rendered editions: every sentence wrapped, no text or note marker lost', () => {
    const entries: GlossaryEntry[] = [
      {
        id: 'macron',
        kind: 'person',
        en: { term: 'Emmanuel Macron', aliases: ['Macron'], note: 'n' },
        ar: { term: 'إيمانويل ماكرون', aliases: ['ماكرون'], note: 'n' },
      },
      { id: 'emleaks', kind: 'online', en: { term: 'EMLEAKS', aliases: [], note: 'n' } },
    ];
    const glossary = compileGlossary(entries);
    const paragraphs: Record<'ar' | 'en', Paragraph[]> = {
      ar: [
        { text: 'قال ماكرون إن حملته تعرضت للاختراق. ونشر حساب EMLEAKS الوثائق على https://pastebin.com.', line: 1 },
        { text: 'وقال متحدث إن الوثائق مزيفة؛ ولم يعلق الكرملين.', line: 3 },
      ],
      en: [
        {
          text: 'Macron said his campaign was hacked. An account called EMLEAKS posted the files on https://pastebin.com. A spokesman said the files were fake; the Kremlin did not comment.',
          line: 1,
        },
      ],
    };
    const edition = (lang: 'ar' | 'en') => testEdition({ lang, title: 't', paragraphs: paragraphs[lang] });
    const alignment = alignParagraphs(paragraphs.ar, paragraphs.en);
    for (const lang of ['ar', 'en'] as const) {
      const { tree } = renderEdition(edition(lang), glossary, '/');
      const before = visible(tree);
      const markers = toHtml(tree).match(/class="fn-ref"/g)?.length ?? 0;
      const blocks = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
      expect(blocks).toHaveLength(paragraphs[lang].length);
      blocks.forEach((p, k) => {
        const spans = alignment.sentences[lang]
          .filter((s) => s.paragraph === k)
          .map((s) => ({ ...s, id: `${lang}-s${s.index}` }));
        expect(wrapSentences(p, paragraphs[lang][k].text, spans)).toBe(true);
      });
      const html = toHtml(tree);
      expect(visible(tree)).toBe(before);
      expect(html.match(/class="fn-ref"/g)?.length ?? 0).toBe(markers);
      expect(markers).toBeGreaterThan(0);
      expect(html.match(/class="s" id=/g)).toHaveLength(alignment.sentences[lang].length);
    }
  });
});
