import { describe, expect, test } from 'vitest';
import { readTmx } from './tmx.ts';

const tmx = (units: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>\n${units}\n</body></tmx>`;

describe('readTmx', () => {
  test('groups units into documents by id, in order of N, with entities and character references decoded', () => {
    const xml = tmx(`
      <tu tuid="b:2"><tuv xml:lang="en"><seg>Second &amp; last.</seg></tuv><tuv xml:lang="ar"><seg>&#1575;&#x644;&#1579;&#1575;&#1606;&#1610;&#1577;.</seg></tuv></tu>
      <tu tuid="b:1"><prop type="note">https://example.org/b</prop>
        <tuv xml:lang="en">
          <seg>First   line
          of it.</seg></tuv>
        <tuv xml:lang="ar"><seg>الأولى.</seg></tuv></tu>
      <tu tuid="a:1"><tuv xml:lang="ar"><seg>وحدها.</seg></tuv><tuv xml:lang="en"><seg>Alone &lt;here&gt;.</seg></tuv></tu>`);
    expect(readTmx(xml)).toEqual({
      documents: [
        { id: 'a', units: [{ ar: 'وحدها.', en: 'Alone <here>.' }] },
        {
          id: 'b',
          units: [
            { ar: 'الأولى.', en: 'First line of it.' },
            { ar: 'الثانية.', en: 'Second & last.' },
          ],
        },
      ],
      skipped: 0,
    });
  });

  test("keeps the file's order of documents when asked", () => {
    const xml = tmx(`
      <tu tuid="z:1"><tuv xml:lang="en"><seg>Z.</seg></tuv><tuv xml:lang="ar"><seg>ز.</seg></tuv></tu>
      <tu tuid="a:1"><tuv xml:lang="en"><seg>A.</seg></tuv><tuv xml:lang="ar"><seg>أ.</seg></tuv></tu>`);
    expect(readTmx(xml, { order: 'file' }).documents.map((d) => d.id)).toEqual(['z', 'a']);
    expect(readTmx(xml).documents.map((d) => d.id)).toEqual(['a', 'z']);
  });

  test('reads regional language tags, TMX 1.1 lang attributes and segments with inline codes', () => {
    const xml = tmx(`
      <tu tuid="d:1"><tuv lang="EN-GB"><seg>Press <ph>&lt;b&gt;</ph>here.</seg></tuv><tuv xml:lang="ar-EG"><seg>اضغط هنا.</seg></tuv></tu>`);
    expect(readTmx(xml).documents).toEqual([{ id: 'd', units: [{ ar: 'اضغط هنا.', en: 'Press here.' }] }]);
  });

  test('leaves out, and counts, units empty on a side or without a DOC:N id', () => {
    const xml = tmx(`
      <tu tuid="d:1"><tuv xml:lang="en"><seg>Kept.</seg></tuv><tuv xml:lang="ar"><seg>باق.</seg></tuv></tu>
      <tu tuid="d:2"><tuv xml:lang="en"><seg>No Arabic.</seg></tuv><tuv xml:lang="ar"><seg> </seg></tuv></tu>
      <tu tuid="d:3"><tuv xml:lang="en"><seg>No Arabic side at all.</seg></tuv></tu>
      <tu tuid="loose"><tuv xml:lang="en"><seg>No number.</seg></tuv><tuv xml:lang="ar"><seg>بلا رقم.</seg></tuv></tu>
      <tu><tuv xml:lang="en"><seg>No id.</seg></tuv><tuv xml:lang="ar"><seg>بلا معرف.</seg></tuv></tu>`);
    expect(readTmx(xml)).toEqual({ documents: [{ id: 'd', units: [{ ar: 'باق.', en: 'Kept.' }] }], skipped: 4 });
  });

  test('a file without units has no documents', () => {
    expect(readTmx(tmx(''))).toEqual({ documents: [], skipped: 0 });
  });
});
