import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parallelDocuments, sidesOf } from '../../../tests/helpers/parallel.ts';
import { decodeSource, lineEndOf, MAX_SOURCE_BYTES, normalizeText } from './decode.ts';
import { codePageChecks } from './testing.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

const SEED_AR = SAMPLE_AR;
const SEED_EN = SAMPLE_EN;
const AR_LINE = SEED_AR.split('\n')[1];

const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : [...p])));
const decode = (b: Uint8Array) => decodeSource('documents/x.txt', b);

describe('decodeSource: Unicode', () => {
  it('reads UTF-8 with and without a byte-order mark, and says so', () => {
    expect(decode(bytes(SEED_AR))).toEqual({ decoded: { text: SEED_AR, encoding: 'UTF-8' }, diagnostics: [] });
    expect(decode(bytes([0xef, 0xbb, 0xbf], SEED_EN)).decoded).toEqual({ text: SEED_EN, encoding: 'UTF-8' });
  });

  for (const [encoding, bom] of [
    ['UTF-16LE', [0xff, 0xfe]],
    ['UTF-16BE', [0xfe, 0xff]],
    ['UTF-32LE', [0xff, 0xfe, 0, 0]],
  ] as const) {
    it(`reads ${encoding} with a byte-order mark`, () => {
      const text = `${AR_LINE}\n${SEED_EN.split('\n')[0]}\n`;
      const result = decode(bytes([...bom], iconv.encode(text, encoding)));
      expect(result).toEqual({ decoded: { text, encoding }, diagnostics: [] });
    });
  }

  it('recognises UTF-16 without a byte-order mark from its NUL bytes, with a notice', () => {
    const text = 'The campaign said late Friday.\n';
    const result = decode(iconv.encode(text, 'UTF-16LE'));
    expect(result.decoded).toEqual({ text, encoding: 'UTF-16LE' });
    expect(result.diagnostics).toMatchObject([{ severity: 'notice', file: 'documents/x.txt' }]);
    expect(decode(iconv.encode(text, 'UTF-16BE')).decoded?.encoding).toBe('UTF-16BE');
  });

  it('turns CRLF line ends into LF and composes to NFC', () => {
    expect(decode(bytes('one\r\ntwo\r\nthree\n')).decoded?.text).toBe('one\ntwo\nthree\n');
    // Alef + combining hamza above, and e + combining acute: composed.
    const decomposed = 'ا\u0654نا caf\u0065\u0301';
    expect(decode(bytes(decomposed)).decoded?.text).toBe('أنا café');
  });

  describe('counts lines as editors and wc -l do', () => {
    /** The 1-based line of `needle` in the decoded text, and `wc -l`'s count of the raw bytes plus a last unterminated line. */
    const lineOf = (raw: string, needle: string) => {
      const text = decode(bytes(raw)).decoded?.text ?? '';
      return text.slice(0, text.indexOf(needle)).split('\n').length;
    };
    const wcLineOf = (raw: string, needle: string) => raw.slice(0, raw.indexOf(needle)).split('\n').length;

    it.each([
      ['a stray CR inside a CRLF line', 'one\r\ntwo\rstill two\r\nthree\r\n'],
      ['a stray CR inside an LF line', 'one\ntwo\rstill two\nthree\n'],
      ['CRs before the LF of a line', 'one\r\r\ntwo\r\r\nthree\n'],
      ['a Unicode line separator in an LF file', 'one\ntwo\u2028still two\u2029more\u0085two\nthree\n'],
    ])('%s is not a line break', (_, raw) => {
      expect(lineOf(raw, 'three')).toBe(wcLineOf(raw, 'three'));
      expect(lineOf(raw, 'three')).toBe(3);
      expect(decode(bytes(raw)).decoded?.text.split('\n')[1]).toMatch(/^two\s+(?:still two|$)/u);
    });

    it('reads a classic Mac OS file, whose lines end with CR alone', () => {
      expect(decode(bytes('one\rtwo\r\rfour\r')).decoded?.text).toBe('one\ntwo\n\nfour\n');
    });

    it('reads a file whose only line ends are Unicode separators', () => {
      expect(normalizeText('\uFEFFa\u2028b\u0085c\u2029')).toBe('a\nb\nc\n');
    });

    it('says what ends the lines of a text', () => {
      expect([lineEndOf('a\r\nb'), lineEndOf('a\rb'), lineEndOf('a\u2028b'), lineEndOf('ab')]).toEqual([
        'lf',
        'cr',
        'unicode',
        'none',
      ]);
    });
  });

  it('keeps UTF-8 with a few damaged bytes, warning at each damaged line', () => {
    const result = decode(bytes(`${AR_LINE}\nok\n`, [0xff], '\n', SEED_EN));
    expect(result.decoded?.encoding).toBe('UTF-8');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', line: 3 }]);
  });

  it('round-trips any text with letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        fc.pre(
          /\p{L}/u.test(s) &&
            !s.includes('\0') &&
            ![...new TextEncoder().encode(s)].some((b) => b < 0x20 && b !== 9 && b !== 10 && b !== 13),
        );
        expect(decode(bytes(s)).decoded?.text).toBe(normalizeText(s));
      }),
    );
  });
});

describe('decodeSource: legacy code pages', () => {
  it('reads the Arabic seed saved as windows-1256 and as ISO-8859-6, with a notice naming the encoding', () => {
    for (const encoding of ['windows-1256', 'ISO-8859-6']) {
      const result = decode(iconv.encode(SEED_AR, encoding));
      expect(result.decoded).toEqual({ text: SEED_AR, encoding });
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ severity: 'notice', file: 'documents/x.txt' });
      expect(result.diagnostics[0].message).toContain(`read as ${encoding}`);
    }
  });

  it('reads Western text with typographic quotes saved as windows-1252', () => {
    const result = decode(iconv.encode(SEED_EN, 'windows-1252'));
    expect(result.decoded?.text).toBe(SEED_EN);
    expect(result.decoded?.encoding).toBe('windows-1252');
  });
});

describe('decodeSource: the parallel fixture in the Arabic code pages (TICO-19 in ingest.corpus.test.ts)', () => {
  codePageChecks(parallelDocuments().map(sidesOf), 150);
});

describe('decodeSource: what is not text', () => {
  const error = (b: Uint8Array) => {
    const result = decode(b);
    expect(result.decoded).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'documents/x.txt' });
    return result.diagnostics[0].message;
  };

  it('refuses empty and whitespace-only files', () => {
    expect(error(new Uint8Array())).toMatch(/empty/);
    expect(error(bytes(' \n\t\r\n \u00A0'))).toMatch(/only whitespace/);
    expect(error(bytes([0xef, 0xbb, 0xbf], '\n\n'))).toMatch(/only whitespace/);
  });

  it('names formats by their magic bytes', () => {
    expect(error(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(/PDF document.*export/);
    expect(error(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toMatch(/ZIP archive \(a \.docx/);
    expect(error(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/PNG image/);
    expect(error(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatch(/JPEG image/);
    expect(error(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/legacy Microsoft Office/);
    expect(error(bytes('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 '))).toMatch(/WebP image/);
  });

  it('does not mistake text that starts like a signature for one', () => {
    for (const text of [
      'RIFF is a container format for media files.\n',
      'GIF8 was a typo.\n',
      'ID3 tags hold metadata.\n',
      'OggS and friends.\n',
    ]) {
      expect(decode(bytes(text)).decoded?.text).toBe(text);
    }
  });

  it('refuses binary data: NUL bytes, or mostly control bytes', () => {
    expect(error(bytes('abc', [0, 1, 2, 0, 0, 0], 'def'))).toMatch(/binary data \(it contains NUL bytes\)/);
    const control = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x41 : (i % 30) + 1));
    expect(error(control)).toMatch(/binary data \(\d+% control bytes\)/);
  });

  it('refuses files over the size limit, saying how to fix it', () => {
    expect(MAX_SOURCE_BYTES).toBe(5 * 1024 * 1024);
    expect(error(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61))).toMatch(
      /5\.0 MiB, over the 5\.0 MiB limit.*split it into several documents/,
    );
    expect(decode(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61)).decoded?.text.length).toBe(MAX_SOURCE_BYTES);
  });

  it('refuses text without letters or with nothing readable', () => {
    expect(error(bytes('1234 5678 — 90\n'))).toMatch(/no letters/);
    expect(error(bytes('\uFFFD\uFFFD\uFFFD\n'))).toMatch(/no readable text/);
  });
});
