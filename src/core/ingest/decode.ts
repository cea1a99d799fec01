/**
 * From the bytes of a source to Unicode text: finds the encoding (byte-order mark, valid UTF-8, or a
 * legacy code page guessed from the bytes), refuses what is not text, and normalises line ends and
 * composition so that everything downstream sees one form.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../types.ts';

/** The largest source Hamish accepts, in bytes (5 MiB): far beyond any article, small enough to stay fast. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** A decoded text and the encoding its bytes were read as. */
export interface DecodedText {
  /** NFC, `\n` line ends, no byte-order mark. */
  text: string;
  /** e.g. `UTF-8`, `UTF-16LE`, `windows-1256`. */
  encoding: string;
}

export interface DecodeResult {
  /** Absent when the bytes are not usable text (an error says why). */
  decoded?: DecodedText;
  diagnostics: Diagnostic[];
}

/**
 * Byte signatures of common non-text formats, with what to call them in a message. Each is long or
 * odd enough that no text starts with it ("RIFF" and "GIF8" alone could start a text); `null`
 * stands for any byte.
 */
const SIGNATURES: readonly { bytes: readonly (number | null)[]; offset?: number; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .odt, .epub or .xlsx file is one)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a legacy Microsoft Office document (.doc, .xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], what: 'a GIF image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], what: 'a WebP image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x41, 0x56, 0x45], what: 'a WAV audio file' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'an MP4/HEIC media file' },
  { bytes: [0x49, 0x44, 0x33, 0x03], what: 'an MP3 audio file' },
  { bytes: [0x49, 0x44, 0x33, 0x04], what: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53, 0x00], what: 'an Ogg media file' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: [0x25, 0x21, 0x50, 0x53], what: 'a PostScript document' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
];

/** Byte-order marks, longest first (the UTF-32LE mark begins with the UTF-16LE one). */
const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32BE' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

/**
 * Legacy code pages always tried besides chardet's guesses: chardet alone confuses the two Arabic
 * ones with each other and, on short texts, with Hebrew.
 */
const LEGACY_FALLBACKS = ['windows-1256', 'ISO-8859-6', 'windows-1252'];

/** What a reader calls a code page, for the notice that names the one assumed. */
const ENCODING_NAMES: Record<string, string> = {
  'windows-1256': 'Arabic Windows',
  'ISO-8859-6': 'Arabic ISO',
  'windows-1252': 'Western Windows',
  'ISO-8859-1': 'Western ISO',
};

const startsWith = (bytes: Uint8Array, signature: readonly (number | null)[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => b === null || bytes[offset + i] === b);

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** A C0 control byte that no text file contains (tab, line ends, form feed, escape and SUB are allowed). */
const isStrayControl = (b: number) =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) ||
  b === 0x7f;

/**
 * UTF-16 without a byte-order mark: every NUL byte on the same parity, as ASCII characters (spaces
 * at least) give in UTF-16. Returns the byte order, or undefined when the NULs are not that regular.
 */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = bytes.length / 2;
  if (odd > 0 && even === 0 && odd >= pairs * 0.05) return 'UTF-16LE';
  if (even > 0 && odd === 0 && even >= pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/**
 * How much a decoding reads like text in one script: the letters of its main script (accented
 * Latin letters count half: text in a Latin-script language is mostly plain a–z, while a wrong
 * code page turns Arabic into runs of accented capitals), minus letters of other scripts (a wrong
 * multi-byte guess turns Western text into Chinese), minus a heavy penalty for each sign of a wrong
 * code page: replacement characters, C1 controls, words that mix scripts or have symbols inside them.
 */
export function plausibility(text: string): number {
  let bad = (text.match(/[\uFFFD\u0080-\u009F]/g) ?? []).length;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const word of text.split(/[\s\p{P}\d]+/u)) {
    if (!word) continue;
    const a = word.replace(/\P{Script=Arabic}+/gu, '').replace(/\P{L}+/gu, '').length;
    const ascii = word.replace(/[^A-Za-z]+/g, '').length;
    const accented = word.replace(/\P{Script=Latin}+/gu, '').length - ascii;
    const o = word.replace(/\P{L}+/gu, '').length - a - ascii - accented;
    arabic += a;
    latin += ascii + accented / 2;
    other += o;
    if ([a, ascii + accented, o].filter((n) => n > 0).length > 1) bad++;
    else if (/\p{L}\p{S}+\p{L}/u.test(word)) bad++;
    else if (accented > 0 && accented * 2 > ascii + accented && ascii + accented >= 4) bad++;
  }
  return Math.max(arabic, latin) - other - 10 * bad;
}

/** Picks the legacy code page under which the bytes read best. */
function guessLegacy(bytes: Uint8Array): { encoding: string; text: string } {
  const sample = bytes.subarray(0, 64 * 1024);
  const guesses = chardet.analyse(sample).filter((m) => m.confidence >= 10 && iconv.encodingExists(m.name));
  const names = [...new Set([...guesses.map((m) => m.name), ...LEGACY_FALLBACKS])].filter(
    (name) => !/^UTF-/i.test(name),
  );
  const scored = names.map((encoding) => ({
    encoding,
    score: plausibility(iconv.decode(Buffer.from(sample), encoding)),
    confidence: guesses.find((m) => m.name === encoding)?.confidence ?? 0,
  }));
  const top = Math.max(...scored.map((c) => c.score));
  // Near-ties (a "£" read as "Ł" scores as a letter) are settled by chardet's byte statistics.
  const close = scored.filter((c) => c.score >= top - Math.max(2, Math.abs(top) * 0.01));
  const best = close.sort((a, b) => b.confidence - a.confidence || b.score - a.score)[0];
  const encoding = best?.encoding ?? 'windows-1252';
  return { encoding, text: iconv.decode(Buffer.from(bytes), encoding) };
}

/** The 1-based lines of `text` that contain a replacement character, at most `limit` of them. */
function linesWithReplacement(text: string, limit: number): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (lines.length < limit && line.includes('\uFFFD')) lines.push(i + 1);
  });
  return lines;
}

/**
 * The line ends of `text`, as editors and `wc -l` see them: LF (CRLF counts as one) in any file
 * that has one; CR in a file that has no LF (classic Mac OS); NEL and the Unicode line and
 * paragraph separators only in a file that has neither.
 */
export function lineEndOf(text: string): 'lf' | 'cr' | 'unicode' | 'none' {
  if (text.includes('\n')) return 'lf';
  if (text.includes('\r')) return 'cr';
  return /[\u0085\u2028\u2029]/.test(text) ? 'unicode' : 'none';
}

/** Characters that end lines somewhere, but not in a file whose line ends are `kind`. */
const STRAY_BREAK: Record<ReturnType<typeof lineEndOf>, RegExp> = {
  lf: /[\r\u0085\u2028\u2029]/g,
  cr: /[\u0085\u2028\u2029]/g,
  unicode: /\r/g,
  none: /\r/g,
};

/**
 * One line end (`\n`) for the file's own line ends (see `lineEndOf`); NFC; no leading BOM. Any
 * other line-ending character — a stray CR inside a line of a CRLF or LF file, say — becomes a
 * space, as editors show it: line numbers then count lines as the editor does, and no later step
 * (Markdown and YAML parsers take a lone CR as a line end) can see a line the editor does not.
 */
export function normalizeText(text: string): string {
  const bare = text.replace(/^\uFEFF/, '');
  const kind = lineEndOf(bare);
  const lines =
    kind === 'lf'
      ? bare.replace(/\r\n/g, '\n')
      : kind === 'cr'
        ? bare.replace(/\r/g, '\n')
        : kind === 'unicode'
          ? bare.replace(/[\u0085\u2028\u2029]/g, '\n')
          : bare;
  return lines.replace(STRAY_BREAK[kind], ' ').normalize('NFC');
}

/**
 * Decodes a source file's bytes. Never throws for bad content: problems come back as diagnostics
 * naming the file, and `decoded` is absent when nothing usable could be read.
 */
export function decodeSource(path: string, bytes: Uint8Array): DecodeResult {
  const diagnostics: Diagnostic[] = [];
  const error = (message: string): DecodeResult => ({
    diagnostics: [...diagnostics, { severity: 'error', file: path, message }],
  });

  if (bytes.length > MAX_SOURCE_BYTES) {
    return error(
      `the file is ${mib(bytes.length)}, over the ${mib(MAX_SOURCE_BYTES)} limit for one source; ` +
        'split it into several documents (e.g. name-1 and name-2), one per article',
    );
  }
  if (bytes.length === 0) return error('the file is empty; add the text or remove the file');

  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes, signature.offset)) {
      return error(`this is ${signature.what}, not text; export or copy its text into a .txt file`);
    }
  }

  let encoding: string | undefined;
  let text: string | undefined;
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) {
    encoding = bom.encoding;
    text = iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), bom.encoding);
  } else if (bytes.includes(0)) {
    const order = bomlessUtf16(bytes);
    if (!order) return error('this is binary data (it contains NUL bytes), not text; save the text as UTF-8');
    encoding = order;
    text = iconv.decode(Buffer.from(bytes), order);
    diagnostics.push({
      severity: 'notice',
      file: path,
      message: `no byte-order mark; read as ${order} from the pattern of its bytes (saving as UTF-8 avoids the guess)`,
    });
  } else {
    const sample = bytes.subarray(0, 64 * 1024);
    let controls = 0;
    for (const b of sample) if (isStrayControl(b)) controls++;
    if (controls > sample.length * 0.05) {
      return error(
        `this looks like binary data (${Math.round((controls / sample.length) * 100)}% control bytes), not text; ` +
          'export or copy its text into a .txt file',
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'UTF-8';
    } catch {
      // Not valid UTF-8: either UTF-8 with a few damaged bytes, or a legacy code page.
      const lenient = new TextDecoder('utf-8').decode(bytes);
      const replaced = lenient.match(/\uFFFD/g)?.length ?? 0;
      const wide = lenient.replace(/[\u0000-\u007F\uFFFD]+/g, '').length;
      if (wide >= replaced * 4) {
        encoding = 'UTF-8';
        text = lenient;
        const lines = linesWithReplacement(normalizeText(lenient), 5);
        for (const line of lines) {
          diagnostics.push({
            severity: 'warning',
            file: path,
            line,
            message:
              'bytes that are not valid UTF-8 were replaced with “\uFFFD”; fix the damaged characters in the source',
          });
        }
      } else {
        const legacy = guessLegacy(bytes);
        encoding = legacy.encoding;
        text = legacy.text;
        const name = ENCODING_NAMES[encoding];
        diagnostics.push({
          severity: 'notice',
          file: path,
          message:
            `not UTF-8; read as ${encoding}${name ? ` (${name})` : ''}, the encoding its bytes fit best; ` +
            'save the file as UTF-8 to make this certain',
        });
      }
    }
  }

  text = normalizeText(text);
  if (text.trim() === '') return error('the file contains only whitespace; add the text or remove the file');
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (!/\p{L}/u.test(text)) {
    return error(
      replacements > 0
        ? `no readable text: it decodes (as ${encoding}) to replacement characters only; save it as UTF-8`
        : 'no readable text: the file contains no letters',
    );
  }
  if (replacements > 3 && encoding !== 'UTF-8') {
    const letters = text.replace(/\P{L}+/gu, '').length;
    if (replacements > letters * 0.02) {
      return error(
        `no sensible text: ${replacements} characters cannot be read as ${encoding}; save the file as UTF-8`,
      );
    }
  }
  return { decoded: { text, encoding }, diagnostics };
}
