/**
 * YAML syntax errors in the words of the person who wrote the file, at the line they must change.
 *
 * The `yaml` library reports where its parser gave up, in its own terms: an over-indented `date:`
 * comes out as "Nested mappings are not allowed in compact mappings" at the line before it (the
 * parser read `date: …` as more of the value above), and an unclosed `[` is reported on the next
 * key. Each error code is mapped here to what went wrong and how to fix it, pointing at the line
 * where the fix goes.
 */
import type { YAMLError } from 'yaml';

/** An error explained: the offset in the YAML text to point at, and the message. */
export interface ExplainedError {
  offset: number;
  message: string;
}

/** The lines of a text, with where each starts, for looking around an error. */
class Lines {
  readonly text: string;
  readonly starts: number[] = [0];
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  /** 0-based index of the line that holds `offset`. */
  indexOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  line(index: number): string {
    const end = index + 1 < this.starts.length ? this.starts[index + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[index], end).replace(/\r$/, '');
  }
  /** Offset of the first character that is not a space on line `index`. */
  contentStart(index: number): number {
    return this.starts[index] + (/^ */.exec(this.line(index))?.[0].length ?? 0);
  }
  /** The next line after `index` with something on it other than a comment, if any. */
  nextContent(index: number): number | undefined {
    for (let i = index + 1; i < this.starts.length; i++) if (!/^\s*(#.*)?$/.test(this.line(i))) return i;
    return undefined;
  }
}

const indent = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/** `key` of a line written `key: value` (or `- key: value`), if it is written so. */
function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s#:'"[\]{}-][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)/.exec(line)?.[1]?.trim();
}

/** A short quotation of `text` for a message. */
const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

/** `value` as a YAML double-quoted string, for an editor to paste. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The text of line `index` from offset `start` on, trimmed. */
const restOfLine = (lines: Lines, index: number, start: number) =>
  lines
    .line(index)
    .slice(start - lines.starts[index])
    .trim();

/**
 * The unclosed `[` or `{` before `offset`, outside quotes and comments: the flow collection the
 * parser was still reading when it met the next line.
 */
function unclosedFlow(text: string, offset: number): number | undefined {
  const open: number[] = [];
  let quoteChar: string | undefined;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (quoteChar) {
      if (c === '\\' && quoteChar === '"') i++;
      else if (c === quoteChar) quoteChar = undefined;
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted value only at its start, not inside a plain word (it's, O'Neil).
      if (i === 0 || /[\s[{,:]/.test(text[i - 1])) quoteChar = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < offset && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      open.push(i);
    } else if ((c === ']' || c === '}') && open.length > 0) {
      open.pop();
    }
  }
  return open.at(-1);
}

/** The offset of the quote that opens the quoted value left unclosed at the end of `text`. */
function unclosedQuote(text: string, end: number, quoteChar: string): number | undefined {
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] !== quoteChar) continue;
    // '' inside single quotes and \" inside double quotes are escapes, not the opening quote.
    if (quoteChar === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    if (quoteChar === '"' && text[i - 1] === '\\') continue;
    return i;
  }
  return undefined;
}

/** Why a line that should be `key: value` is not, and how to fix it. */
function notKeyValue(lines: Lines, index: number): ExplainedError {
  const line = lines.line(index);
  const offset = lines.contentStart(index);
  const text = line.trim();
  if (/^-(\s|$)/.test(text)) {
    return {
      offset,
      message: `a list item (“- …”) among “key: value” lines; indent it under the key whose list it belongs to`,
    };
  }
  if (/^[^\s:]+:[^\s]/.test(text)) {
    return { offset, message: `${quote(text)} needs a space after the colon (“key: value”)` };
  }
  return {
    offset,
    message: `${quote(text)} is not a “key: value” line; add the key and colon, or, if it continues the value above, indent it further than that value's key`,
  };
}

/**
 * The parser took the line after `index` as more of the value on line `index` and then found a
 * key in it: the next line is indented too far (`  date:` under `source: X`).
 */
function overIndented(lines: Lines, index: number): ExplainedError | undefined {
  const next = lines.nextContent(index);
  if (next === undefined) return undefined;
  const above = lines.line(index);
  const line = lines.line(next);
  const key = keyOf(line);
  if (key === undefined || indent(line) <= indent(above)) return undefined;
  const aboveKey = keyOf(above);
  return {
    offset: lines.contentStart(next),
    message: aboveKey
      ? `“${key}:” is indented further than “${aboveKey}:” on the line above, so it reads as part of that value; indent both the same`
      : `“${key}:” is indented further than the line above, so it reads as part of that line's value; indent it as the key it belongs with`,
  };
}

/** A line starting with `%`, which YAML reads as a directive (`%YAML 1.2`), not as a key. */
function directiveLine(lines: Lines, index: number): ExplainedError {
  const text = lines.line(index).trim();
  return {
    offset: lines.starts[index],
    message: `a line cannot start with “%” (YAML reads it as a directive); put the key in quotes: "${text.replace(/:.*$/, '')}":`,
  };
}

/** Explains one error of the `yaml` library about `text`. */
export function explainYamlError(error: YAMLError, text: string): ExplainedError {
  const lines = new Lines(text);
  const [start, end] = error.pos;
  const index = lines.indexOf(start);
  const library = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const spansLines = lines.indexOf(Math.max(start, end - 1)) > index;
      const deeper = overIndented(lines, index);
      if (deeper && (spansLines || error.code === 'BLOCK_AS_IMPLICIT_KEY')) return deeper;
      if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
        const value = restOfLine(lines, index, start);
        return {
          offset: start,
          message: `the value ${quote(value)} holds “: ”, which starts a key in YAML; put the value in quotes: ${quoted(value)}`,
        };
      }
      return notKeyValue(lines, index);
    }
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(library);
      if (flow) {
        const opener = unclosedFlow(text, start);
        const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
        return {
          offset: opener ?? start,
          message: `the ${flow[1] === 'sequence' ? 'list' : 'map'} opened with “${open}” is not closed; end it with “${close}”`,
        };
      }
      const key = keyOf(lines.line(index));
      return {
        offset: start,
        message: `${key ? `“${key}:”` : 'this line'} is not indented like the lines of the same block above it; line them up`,
      };
    }
    case 'TAB_AS_INDENT':
      return { offset: start, message: 'this line is indented with a tab; YAML indents with spaces only' };
    case 'DUPLICATE_KEY': {
      const key = keyOf(lines.line(index));
      return { offset: start, message: `${key ? `“${key}”` : 'this key'} is given twice in the same block; keep one` };
    }
    case 'MISSING_CHAR': {
      const quoteChar = /^Missing closing (["'])quote/.exec(library)?.[1];
      if (quoteChar) {
        const opener = unclosedQuote(text, start, quoteChar);
        return {
          offset: opener ?? start,
          message: `the quoted value that starts here is never closed; end it with ${quoteChar}`,
        };
      }
      if (/^Implicit map keys need to be followed by map values/.test(library)) return notKeyValue(lines, index);
      if (/^Missing directives-end indicator/.test(library)) {
        const directive = lines.starts.findIndex((_, i) => lines.line(i).startsWith('%'));
        if (directive >= 0) return directiveLine(lines, directive);
      }
      break;
    }
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected block-seq-ind on same line with key/.test(library)) {
        const value = restOfLine(lines, index, start);
        return {
          offset: start,
          message: `a value cannot start with “- ” (that starts a list); put it in quotes: ${quoted(value)}`,
        };
      }
      if (/^Unexpected scalar at node end/.test(library)) {
        return { offset: start, message: 'text after the closing quote; put the whole value inside the quotes' };
      }
      break;
    case 'BAD_SCALAR_START': {
      const value = restOfLine(lines, index, start);
      return {
        offset: start,
        message: `a value cannot start with “${text[start]}” unless it is quoted: ${quoted(value)}`,
      };
    }
    case 'BAD_DIRECTIVE':
      return directiveLine(lines, index);
    case 'TAG_RESOLVE_FAILED': {
      const tag = text.slice(start, end);
      return {
        offset: start,
        message: `the tag “${tag}” means nothing here; remove it, or quote the value if the “!” belongs to it`,
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        offset: start,
        message: 'a line “---” here starts a second YAML document; this file holds one, so remove it',
      };
    default:
      break;
  }
  return { offset: start, message: library };
}
