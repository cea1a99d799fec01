import { describe, expect, it } from 'vitest';
import { parseDocumentPath, suggestSlug } from './files.ts';

describe('parseDocumentPath', () => {
  it('reads sources with and without a language tag, and sidecars', () => {
    expect(parseDocumentPath('documents/macron-campaign-hack.ar.txt')).toEqual({
      kind: 'source',
      path: 'documents/macron-campaign-hack.ar.txt',
      slug: 'macron-campaign-hack',
      lang: 'ar',
      format: 'txt',
    });
    expect(parseDocumentPath('documents/notes-2017.md')).toEqual({
      kind: 'source',
      path: 'documents/notes-2017.md',
      slug: 'notes-2017',
      lang: undefined,
      format: 'md',
    });
    expect(parseDocumentPath('documents/essay.en.mdx')).toMatchObject({ kind: 'source', lang: 'en', format: 'mdx' });
    expect(parseDocumentPath('documents/macron-campaign-hack.yaml')).toEqual({
      kind: 'sidecar',
      path: 'documents/macron-campaign-hack.yaml',
      slug: 'macron-campaign-hack',
    });
    expect(parseDocumentPath('documents\\x.ar.txt')).toMatchObject({ kind: 'source', path: 'documents/x.ar.txt' });
  });

  // [path, severity, message pattern]
  const refused: [string, string, RegExp][] = [
    ['documents/Macron Hack.ar.txt', 'error', /“Macron Hack” is not a valid slug.*rename it to macron-hack\.ar\.txt/],
    ['documents/macron_hack.txt', 'error', /rename it to macron-hack\.txt/],
    ['documents/-x-.en.txt', 'error', /rename it to x\.en\.txt/],
    ['documents/ماكرون.ar.txt', 'error', /use Latin letters, e\.g\. macron-campaign-hack\.ar\.txt/],
    ['documents/x.fr.txt', 'error', /“fr” is not a language tag.*x\.ar\.txt or x\.en\.txt, or x\.txt/],
    ['documents/x.AR.txt', 'error', /language tag must be lowercase: rename it to x\.ar\.txt/],
    ['documents/x.TXT', 'error', /extension must be lowercase: rename it to x\.txt/],
    ['documents/x.v2.en.txt', 'error', /too many dots.*rename it to x-v2\.en\.txt/],
    ['documents/Macron.yaml', 'error', /rename it to macron\.yaml/],
    ['documents/x.yml', 'warning', /rename it to x\.yaml/],
    ['documents/x.en.yaml', 'warning', /rename it to x\.yaml/],
    ['documents/x.pdf', 'warning', /\.pdf is not a source format.*export its text/],
    ['documents/x.docx', 'warning', /save it as plain text/],
    ['documents/README', 'warning', /no extension/],
    ['documents/sub/x.ar.txt', 'warning', /sub-folders are not read/],
    ['elsewhere.txt', 'warning', /directly in documents\//],
    ['documents/.hidden.txt', 'warning', /hidden file/],
    ['documents/.DS_Store', 'notice', /system file/],
  ];
  for (const [path, severity, message] of refused) {
    it(`${severity}: ${path}`, () => {
      const parsed = parseDocumentPath(path);
      expect(parsed.kind).toBe('other');
      if (parsed.kind !== 'other') return;
      expect(parsed.diagnostic).toMatchObject({ severity, file: path.replace(/\\/g, '/') });
      expect(parsed.diagnostic.message).toMatch(message);
    });
  }

  it('suggests slugs without accents or other scripts', () => {
    expect(suggestSlug('Élection Présidentielle 2017')).toBe('election-presidentielle-2017');
    expect(suggestSlug('انتخابات')).toBe('');
  });
});
