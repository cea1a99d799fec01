import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../glossary/index.ts';
import {
  archiveLinkTarget,
  bookWriter,
  chapterEntry,
  chapterXhtml,
  documentBook,
  endArchive,
  epub,
  FONT_FACES,
  pageBook,
  textOf,
  type ArchiveDocument,
  type BookResources,
  type PageBook,
} from './index.ts';

const LABELS = {
  source: { ar: 'المصدر', en: 'Source' },
  original: { ar: 'الرابط الأصلي', en: 'Original link' },
};

/** A built document page, as the site's components write it, around `document`. */
function page(lang: 'ar' | 'en', document: string): Root {
  return fromHtml(
    `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><title>x</title>` +
      `<script>alert(1)</script></head><body><header class="site-header"><a href="/">Home</a></header>` +
      `<main id="main">${document}</main><p class="downloads"><a href="/x.epub">EPUB</a></p></body></html>`,
  );
}

const ALIGNED = `<div class="document bilingual">
<fieldset class="reading-modes"><legend>Mode</legend><input type="radio" name="m" checked></fieldset>
<script src="/scripts/reading-mode-now.js"></script>
<p class="relation" data-pagefind-ignore>النسختان ترجمة إحداهما للأخرى.</p>
<div class="aligned">
  <div class="aligned-row aligned-head">
    <div class="cell primary" lang="ar" dir="rtl" data-lang="ar"><header class="edition-header"><h1 id="ar-title">العنوان</h1>
      <dl class="edition-meta"><dt>التاريخ</dt><dd><time datetime="2017-05-06">٦ مايو ٢٠١٧</time></dd></dl></header></div>
    <div class="cell counterpart" lang="en" dir="ltr"><header class="edition-header">
      <p class="counterpart-label"><a href="/en/doc/">The English version</a></p><h2 id="en-title">The title</h2>
      <dl class="edition-meta"><dt>Date</dt><dd><time datetime="2017-05-05">5 May 2017</time></dd>
      <dt>Source</dt><dd><a href="https://example.com/story">The Daily Example</a></dd></dl></header></div>
  </div>
  <div class="aligned-row" id="row-1">
    <div class="cell primary edition-text" lang="ar" dir="rtl"><p><span class="s" id="ar-s1" data-with="en-s1">زار باريس<sup class="fn-ref" data-pagefind-ignore><a href="#ar-fn-1" id="ar-fnref-1" aria-describedby="ar-fn-1-text">١</a></sup> أمس.</span></p></div>
    <div class="cell counterpart edition-text" lang="en" dir="ltr"><p><span class="s" id="en-s1">He visited Paris<sup class="fn-ref"><a href="#en-fn-1" id="en-fnref-1">1</a></sup> <em>yesterday</em>.</span></p></div>
  </div>
  <div class="aligned-row" id="row-2">
    <div class="cell primary edition-text" lang="ar" dir="rtl"><p onclick="alert(1)">فقرة <img src="x" onerror="alert(2)"><a href="javascript:alert(3)">رابط</a> <iframe src="https://evil.example/"></iframe>ثانية<a href="#nowhere">.</a></p></div>
    <div class="cell counterpart edition-text" lang="en" dir="ltr"><p id="ar-s1" style="color:red">A second\u0001 paragraph &lt;script&gt;alert(4)&lt;/script&gt;.</p></div>
  </div>
  <div class="aligned-row aligned-foot">
    <div class="cell primary" lang="ar" dir="rtl"><div class="edition-text"><section class="fn-notes" data-pagefind-ignore><h2 id="ar-fn-label" class="fn-label">الحواشي</h2>
      <ul class="fn-list"><li id="ar-fn-1" class="fn-note"><a href="#ar-fnref-1" class="fn-back">١</a> <span id="ar-fn-1-text" class="fn-text"><dfn><a href="/glossary/paris/">باريس</a></dfn> (<span lang="en" dir="ltr">Paris</span>): عاصمة فرنسا</span></li></ul></section></div>
      <aside class="editorial-note" lang="ar" dir="rtl"><h2 id="ar-editorial-note">ملاحظة المحرر</h2><details open><summary>سطر واحد</summary><p>ملف المصدر</p></details></aside></div>
    <div class="cell counterpart" lang="en" dir="ltr"><div class="edition-text"><section class="fn-notes"><h2 id="en-fn-label" class="fn-label">Notes</h2>
      <ul class="fn-list"><li id="en-fn-1" class="fn-note"><a href="#en-fnref-1" class="fn-back">1</a> <span class="fn-text"><dfn><a href="/glossary/paris/">Paris</a></dfn>: the capital of France</span></li></ul></section></div></div>
  </div>
</div></div>`;

const elements = (node: Root | Element, out: Element[] = []): Element[] => {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    out.push(child);
    elements(child, out);
  }
  return out;
};

const resources: BookResources = {
  fontBytes: (face) => new TextEncoder().encode(`font ${face.file}`),
  licence: (pkg) => `SIL Open Font License for ${pkg}`,
  modified: new Date('2026-01-02T03:04:05.678Z'),
  labels: { contents: { ar: 'المحتويات', en: 'Contents' }, licences: { ar: 'رخص الخطوط', en: 'Font licences' } },
  publisher: { ar: 'هيرالد الميناء', en: 'Harbour Herald' },
};

function aligned(html = ALIGNED): PageBook {
  const book = pageBook(page('ar', html), { labels: LABELS, base: '/' });
  if (!book) throw new Error('no book');
  return book;
}

describe('a page made into a book', () => {
  test('keeps the text, each version with its own language and direction', () => {
    const { body, lang } = aligned();
    expect(lang).toBe('ar');
    expect(body.properties).toMatchObject({ lang: 'ar', 'xml:lang': 'ar', dir: 'rtl' });
    const text = textOf(body);
    for (const words of ['زار باريس', 'He visited Paris', 'فقرة', 'A second', 'عاصمة فرنسا', 'ملاحظة المحرر'])
      expect(text).toContain(words);
    const cells = elements(body).filter((e) => e.properties.className?.includes('cell'));
    expect(cells.map((c) => [c.properties.lang, c.properties['xml:lang'], c.properties.dir])).toEqual([
      ['ar', 'ar', 'rtl'],
      ['en', 'en', 'ltr'],
      ['ar', 'ar', 'rtl'],
      ['en', 'en', 'ltr'],
      ['ar', 'ar', 'rtl'],
      ['en', 'en', 'ltr'],
      ['ar', 'ar', 'rtl'],
      ['en', 'en', 'ltr'],
    ]);
  });

  test('lets nothing that runs through: no script, embedded content, event handler or script link', () => {
    const { body } = aligned();
    const all = elements(body);
    expect(all.filter((e) => ['script', 'img', 'iframe', 'input', 'fieldset'].includes(e.tagName))).toEqual([]);
    const attributes = all.flatMap((e) => Object.keys(e.properties));
    expect(attributes.filter((name) => /^on|style|data|aria/i.test(name))).toEqual([]);
    expect(all.filter((e) => e.tagName === 'a').map((a) => a.properties.href)).not.toContainEqual(
      expect.stringMatching(/^javascript:/),
    );
    // The source's text that looks like markup stays text.
    expect(textOf(body)).toContain('<script>alert(4)</script>');
  });

  test('makes the glossary markers note references and the notes footnotes', () => {
    const { body, entries } = aligned();
    const refs = elements(body).filter((e) => e.properties['epub:type'] === 'noteref');
    expect(refs.map((a) => a.properties.href)).toEqual(['#ar-fn-1', '#en-fn-1']);
    const notes = elements(body).filter((e) => e.properties['epub:type'] === 'footnote');
    expect(notes.map((n) => [n.tagName, n.properties.id])).toEqual([
      ['aside', 'ar-fn-1'],
      ['aside', 'en-fn-1'],
    ]);
    expect(entries).toEqual(['paris']);
  });

  test('keeps only links that lead somewhere in the book or on the web, and unique ids', () => {
    const { body } = aligned();
    const hrefs = elements(body)
      .filter((e) => e.tagName === 'a')
      .map((a) => String(a.properties.href));
    expect(hrefs.filter((href) => !href.startsWith('#') && !href.startsWith('https://'))).toEqual([]);
    const ids = elements(body).flatMap((e) => (typeof e.properties.id === 'string' ? [e.properties.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const href of hrefs.filter((h) => h.startsWith('#'))) expect(ids).toContain(href.slice(1));
    // The site's own parts (reading modes, the link to the other page) are not the document's.
    expect(textOf(body)).not.toContain('The English version');
  });

  test('reads each version’s metadata from its header', () => {
    expect(aligned().versions).toEqual([
      { lang: 'ar', title: 'العنوان', date: '2017-05-06' },
      {
        lang: 'en',
        title: 'The title',
        date: '2017-05-05',
        source: 'The Daily Example',
        url: 'https://example.com/story',
      },
    ]);
  });

  test('reads the outlet and the original’s address when the outlet links its browse page', () => {
    const browse = ALIGNED.replace(
      '<dd><a href="https://example.com/story">The Daily Example</a></dd>',
      '<dd><a href="/en/sources/daily/">The Daily Example</a> <a class="edition-original" href="https://example.com/story">Original link</a></dd>',
    );
    expect(aligned(browse).versions[1]).toMatchObject({
      source: 'The Daily Example',
      url: 'https://example.com/story',
    });
  });

  test('is undefined for a page that is not a document', () => {
    expect(pageBook(fromHtml('<html lang="en"><main><h1>Glossary</h1></main></html>'), { labels: LABELS })).toBe(
      undefined,
    );
  });
});

describe('the EPUB file', () => {
  const files = (bytes: Uint8Array) => {
    const entries = unzipSync(bytes);
    const text = (name: string) => new TextDecoder().decode(entries[name]);
    return { entries, text };
  };

  test('starts with the mimetype, stored, as the container format requires', () => {
    const bytes = epub(documentBook(aligned(), '/ar/doc/', resources));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(new TextDecoder().decode(bytes.subarray(30, 38 + 20))).toBe('mimetypeapplication/epub+zip');
  });

  test('opens right to left when its first version is Arabic, left to right when English', () => {
    const ar = files(epub(documentBook(aligned(), '/ar/doc/', resources))).text('EPUB/package.opf');
    expect(ar).toContain('<spine page-progression-direction="rtl">');
    const en = pageBook(
      page('en', ALIGNED.replace('class="cell primary" lang="ar"', 'class="cell primary" lang="en"')),
      {
        labels: LABELS,
      },
    )!;
    const opf = files(epub(documentBook(en, '/en/doc/', resources))).text('EPUB/package.opf');
    expect(opf).toContain('<spine page-progression-direction="ltr">');
  });

  test('has metadata in both languages, a stable identifier and the modification time', () => {
    const opf = files(epub(documentBook(aligned(), '/ar/doc/', resources))).text('EPUB/package.opf');
    expect(opf).toMatch(/<dc:title id="title-1" xml:lang="ar" dir="rtl">العنوان<\/dc:title>/);
    expect(opf).toMatch(/<dc:title id="title-2" xml:lang="en" dir="ltr">The title<\/dc:title>/);
    expect(opf).toContain('<dc:language>ar</dc:language>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:date>2017-05-06</dc:date>');
    expect(opf).toContain('<dc:source xml:lang="en" dir="ltr">https://example.com/story</dc:source>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-01-02T03:04:05Z</meta>');
    // The site publishes it: its name in both languages, the book's first.
    expect(opf).toMatch(
      /<dc:publisher xml:lang="ar" dir="rtl">هيرالد الميناء<\/dc:publisher>\s*<dc:publisher xml:lang="en" dir="ltr">Harbour Herald<\/dc:publisher>/,
    );
    // A page dated to the minute (no time zone, which EPUB's dates need with a time): the day.
    const timed = aligned(ALIGNED.replace('datetime="2017-05-06"', 'datetime="2017-05-06T10:45"'));
    expect(files(epub(documentBook(timed, '/ar/doc/', resources))).text('EPUB/package.opf')).toContain(
      '<dc:date>2017-05-06</dc:date>',
    );
    const id = /<dc:identifier id="book-id">([^<]+)</.exec(opf)?.[1];
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = files(epub(documentBook(aligned(), '/ar/doc/', resources))).text('EPUB/package.opf');
    expect(again).toContain(id);
    const other = files(epub(documentBook(aligned(), '/en/doc/', resources))).text('EPUB/package.opf');
    expect(other).not.toContain(id);
  });

  test('names each author the headers name as a dc:creator in their language, once', () => {
    const withAuthors = ALIGNED.replace(
      '<dl class="edition-meta"><dt>التاريخ</dt>',
      '<dl class="edition-meta"><dt>الكاتب</dt><dd><a class="edition-author" href="/ar/authors/x/">سارة وايتكومب</a> و<a class="edition-author" href="/ar/authors/y/">يوناس بيكيلي</a></dd><dt>التاريخ</dt>',
    ).replace(
      '<dl class="edition-meta"><dt>Date</dt>',
      '<dl class="edition-meta"><dt>Author</dt><dd>By <span class="edition-author">Sarah Whitcombe</span> &amp; <span class="edition-author">Yonas Bekele</span>, <span class="edition-author">سارة وايتكومب</span></dd><dt>Date</dt>',
    );
    const book = pageBook(page('ar', withAuthors), { labels: LABELS })!;
    const opf = files(epub(documentBook(book, '/ar/doc/', resources))).text('EPUB/package.opf');
    expect(
      [...opf.matchAll(/<dc:creator xml:lang="(\w+)" dir="(\w+)">([^<]+)<\/dc:creator>/g)].map((m) => m.slice(1)),
    ).toEqual([
      ['ar', 'rtl', 'سارة وايتكومب'],
      ['ar', 'rtl', 'يوناس بيكيلي'],
      ['en', 'ltr', 'Sarah Whitcombe'],
      ['en', 'ltr', 'Yonas Bekele'],
    ]);
    expect(files(epub(documentBook(aligned(), '/ar/doc/', resources))).text('EPUB/package.opf')).not.toContain(
      'dc:creator',
    );
  });

  test('writes text and attribute values that end a CDATA section or a quote as well-formed XML', () => {
    const body: Element = {
      type: 'element',
      tagName: 'p',
      properties: { title: `a "quoted" 'title' & <more>`, className: ['a', 'b'] },
      children: [{ type: 'text', value: 'x ]]> y & <z>' }],
    };
    const xhtml = chapterXhtml({ file: 'text.xhtml', lang: 'en', title: ']]> & <t>', body: [body] });
    expect(XMLValidator.validate(xhtml)).toBe(true);
    expect(xhtml).toContain('<p title="a &#x22;quoted&#x22; &#x27;title&#x27; &#x26; &#x3C;more&#x3E;" class="a b">');
    expect(xhtml).toContain('x ]]&#x3E; y &#x26; &#x3C;z&#x3E;');
  });

  test('holds well-formed XHTML, no script, and the faces the text needs with their licence', () => {
    const { entries, text } = files(epub(documentBook(aligned(), '/ar/doc/', resources)));
    const names = Object.keys(entries);
    for (const name of names.filter((n) => /\.(xhtml|opf|xml)$/.test(n))) {
      expect(XMLValidator.validate(text(name)), name).toBe(true);
      expect(text(name)).not.toMatch(/<script/i);
    }
    expect(text('EPUB/text.xhtml')).toContain('epub:type="noteref"');
    expect(text('EPUB/text.xhtml')).toContain('&#x3C;script&#x3E;alert(4)');
    expect(text('EPUB/text.xhtml')).not.toContain('\u0001');
    // Arabic, Latin, and an <em>: the Naskh faces, Literata's Latin, its italic; no Latin Extended.
    expect(names.filter((n) => n.startsWith('EPUB/fonts/')).sort()).toEqual(
      [
        'noto-naskh-arabic-arabic-400-normal.woff2',
        'noto-naskh-arabic-arabic-700-normal.woff2',
        'literata-latin-400-normal.woff2',
        'literata-latin-700-normal.woff2',
        'literata-latin-400-italic.woff2',
      ]
        .map((f) => `EPUB/fonts/${f}`)
        .sort(),
    );
    expect(FONT_FACES.length).toBe(8);
    expect(text('EPUB/licences.xhtml')).toContain('SIL Open Font License for @fontsource/literata');
    expect(text('EPUB/licences.xhtml')).toContain('SIL Open Font License for @fontsource/noto-naskh-arabic');
    expect(text('EPUB/style.css')).toContain("src: url('fonts/literata-latin-400-italic.woff2')");
    expect(text('EPUB/nav.xhtml')).toContain('epub:type="toc"');
    expect(text('EPUB/nav.xhtml')).toContain('href="text.xhtml#en-title"');
  });
});

describe('the archive’s book', () => {
  const glossary: GlossaryEntry[] = [
    {
      id: 'paris',
      kind: 'place',
      en: { term: 'Paris', aliases: [], note: 'The capital of France' },
      ar: { term: 'باريس', aliases: [] },
    },
    { id: 'unused', kind: 'term', en: { term: 'Unused', aliases: [] } },
  ];
  const labels = { title: { ar: 'هامش', en: 'Hamish' }, glossary: { ar: 'المسرد', en: 'Glossary' } };

  function archive(lang: 'ar' | 'en') {
    const chunks: Uint8Array[] = [];
    const writer = bookWriter(resources.modified, (chunk) => chunks.push(chunk));
    const inArchive = pageBook(page('ar', ALIGNED), { labels: LABELS, linkTarget: archiveLinkTarget })!;
    writer.addChapter(
      'doc-1.xhtml',
      chapterXhtml({ file: 'doc-1.xhtml', lang: 'ar', title: 't', body: [inArchive.body] }),
    );
    const documents: ArchiveDocument[] = [
      { slug: 'doc', file: 'doc-1.xhtml', versions: inArchive.versions, entries: inArchive.entries, faces: [] },
    ];
    endArchive(writer, lang, 'archive', documents, glossary, resources, labels);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
    const entries = unzipSync(bytes);
    return (name: string) => new TextDecoder().decode(entries[name]);
  }

  test('names each document in both languages, the book’s first, and ends with the entries used', () => {
    const text = archive('en');
    const nav = text('EPUB/nav.xhtml');
    expect(nav).toMatch(
      /<a href="doc-1\.xhtml">The title · <span lang="ar" xml:lang="ar" dir="rtl">العنوان<\/span><\/a>/,
    );
    expect(nav).toContain('href="glossary.xhtml"');
    const appendix = text('EPUB/glossary.xhtml');
    expect(XMLValidator.validate(appendix)).toBe(true);
    expect(appendix).toContain('id="entry-paris"');
    expect(appendix).toContain('The capital of France');
    expect(appendix).not.toContain('Unused');
    // A note's term leads to its entry.
    expect(text('EPUB/doc-1.xhtml')).toContain('<a href="glossary.xhtml#entry-paris">');
    expect(text('EPUB/package.opf')).toContain('<spine page-progression-direction="ltr">');
    expect(archive('ar')('EPUB/package.opf')).toContain('<spine page-progression-direction="rtl">');
    expect(text('EPUB/package.opf')).toContain('<dc:publisher xml:lang="en" dir="ltr">Harbour Herald</dc:publisher>');
  });

  test('a chapter zipped once goes into several books and reads back as written', () => {
    const inArchive = pageBook(page('ar', ALIGNED), { labels: LABELS, linkTarget: archiveLinkTarget })!;
    const xhtml = chapterXhtml({ file: 'doc-1.xhtml', lang: 'ar', title: 't', body: [inArchive.body] });
    const entry = chapterEntry(xhtml);
    expect(entry.method).toBe(xhtml.length >= 4096 ? 8 : 0);
    const documents: ArchiveDocument[] = [
      { slug: 'doc', file: 'doc-1.xhtml', versions: inArchive.versions, entries: inArchive.entries, faces: [] },
    ];
    for (const lang of ['ar', 'en'] as const) {
      const chunks: Uint8Array[] = [];
      const writer = bookWriter(resources.modified, (chunk) => chunks.push(chunk));
      writer.addChapter('doc-1.xhtml', entry);
      endArchive(writer, lang, `topic:${lang}`, documents, glossary, resources, labels);
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
      // fflate checks each entry's CRC and size against its bytes.
      const entries = unzipSync(bytes);
      expect(new TextDecoder().decode(entries['EPUB/doc-1.xhtml'])).toBe(xhtml);
      expect(new TextDecoder().decode(entries['EPUB/licences.xhtml'])).toContain('SIL Open Font License');
    }
  });
});
