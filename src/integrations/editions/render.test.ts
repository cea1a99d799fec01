import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { testEdition } from '../../core/edition/testing.ts';
import { compileGlossary } from '../../core/glossary/index.ts';
import { renderEdition } from './render.ts';

const glossary = compileGlossary([
  {
    id: 'macron',
    kind: 'person',
    en: { term: 'Emmanuel Macron', aliases: ['Macron'], note: 'President of France.' },
    ar: { term: 'إيمانويل ماكرون', aliases: ['ماكرون'], note: 'رئيس فرنسا.' },
  },
]);
const edition = testEdition({ lang: 'en', title: 't', paragraphs: [{ text: 'Macron spoke.', line: 1 }] });

describe('a plain-text edition’s glossary notes', () => {
  test('use Hamish’s own words by default', () => {
    const html = toHtml(renderEdition(edition, glossary, '/').tree);
    expect(html).toContain('>Notes<');
  });

  test('use the words the publisher’s options give, as Markdown editions do', () => {
    const labels = { notes: 'Endnotes', reference: 'Endnote {n}', back: 'Back to endnote {n}' };
    const html = toHtml(renderEdition(edition, glossary, '/', labels).tree);
    expect(html).toContain('>Endnotes<');
    expect(html).toContain('aria-label="Endnote 1"');
    expect(html).not.toContain('>Notes<');
  });
});
