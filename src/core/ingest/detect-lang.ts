/**
 * Which of the two edition languages a text is in, from the scripts its letters are written in:
 * Arabic script means Arabic, Latin script means English. A file name tag that the text
 * contradicts is a mistake worth stopping the build for.
 */
import type { Diagnostic, Lang } from '../types.ts';
import { LANG_NAME } from '../types.ts';

/** Letters of a text by script. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  /** Letters in any other script. */
  other: number;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

const NOT_LETTER = 1;
const ARABIC = 2;
const LATIN = 3;
const OTHER = 4;
/** The class of each BMP character (0 until first met): counting runs over megabytes of text. */
const CLASS = new Uint8Array(0x10000);
const classify = (char: string) =>
  !/\p{L}/u.test(char)
    ? NOT_LETTER
    : /\p{Script=Arabic}/u.test(char)
      ? ARABIC
      : /\p{Script=Latin}/u.test(char)
        ? LATIN
        : OTHER;

/** Counts the letters of `text` by script (marks and digits are not letters). */
export function countScripts(text: string): ScriptCounts {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      counts[classify(text.slice(i, i + 2))]++;
      i++;
      continue;
    }
    counts[(CLASS[code] ||= classify(text[i]))]++;
  }
  return { arabic: counts[ARABIC], latin: counts[LATIN], other: counts[OTHER] };
}

/** Scripts named when a text is in neither Arabic nor Latin script. */
const OTHER_SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Hebrew',
  'Syriac',
  'Thaana',
  'Armenian',
  'Georgian',
  'Ethiopic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
] as const;

/** The script most of the non-Arabic, non-Latin letters of `text` are in. */
export function dominantOtherScript(text: string): string {
  const sample = text.slice(0, 20_000);
  let best = 'another';
  let most = 0;
  for (const script of OTHER_SCRIPTS) {
    const n = count(sample, new RegExp(`\\p{Script=${script}}`, 'gu'));
    if (n > most) [best, most] = [script, n];
  }
  return best === 'Han' || best === 'Hiragana' || best === 'Katakana' ? `${best} (Chinese/Japanese)` : best;
}

/** Letters that Persian and Urdu add to the Arabic alphabet and Arabic itself does not use. */
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2]/gu;

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

export interface LangCheck {
  /** The language the text is taken to be in; absent when it is in neither script or contradicts its tag. */
  lang?: Lang;
  diagnostics: Diagnostic[];
}

/**
 * Settles the language of `text` from its scripts and the file name's `tag`, if any: the tag
 * wins unless the text contradicts it.
 */
export function checkLang(text: string, file: string, tag?: Lang): LangCheck {
  const { arabic, latin, other } = countScripts(text);
  const letters = arabic + latin + other;
  const diagnostics: Diagnostic[] = [];
  const problem = (severity: Diagnostic['severity'], message: string) => diagnostics.push({ severity, file, message });
  if (letters === 0) {
    problem('error', 'the text has no letters, so it is neither Arabic nor English');
    return { diagnostics };
  }
  if (arabic + latin < letters * 0.5) {
    problem(
      'error',
      `the text is in ${dominantOtherScript(text)} script (${percent(other, letters)} of its letters), ` +
        'neither Arabic nor Latin; Hamish makes Arabic–English editions',
    );
    return { diagnostics };
  }
  const detected: Lang = arabic >= latin ? 'ar' : 'en';
  const inScript = (lang: Lang) => (lang === 'ar' ? arabic : latin);
  let lang = detected;
  if (tag) {
    lang = tag;
    const share = inScript(tag) / (arabic + latin);
    const script = tag === 'ar' ? 'Arabic' : 'Latin';
    const actual = tag === 'ar' ? 'Latin' : 'Arabic';
    const rename = file.replace(`.${tag}.`, `.${detected}.`);
    if (share < 0.2) {
      problem(
        'error',
        `the name says ${LANG_NAME[tag]} but the text is in ${actual} script (${percent(inScript(detected), arabic + latin)} of its letters); ` +
          `rename it to ${rename.split('/').at(-1)} if that is its language, or check that this is the right file`,
      );
      return { diagnostics };
    } else if (share < 0.5) {
      problem(
        'warning',
        `the name says ${LANG_NAME[tag]} but most letters are ${actual} (${percent(inScript(detected), arabic + latin)}), ` +
          `only ${percent(inScript(tag), arabic + latin)} ${script}; check that this is the right file`,
      );
    }
  } else {
    const minority = Math.min(arabic, latin) / (arabic + latin);
    const name = file.split('/').at(-1) ?? file;
    const tagged = name.replace(/\.(txt|mdx?)$/, `.${detected}.$1`);
    if (minority > 0.35) {
      problem(
        'warning',
        `no language tag and the script is mixed (${percent(arabic, arabic + latin)} Arabic, ${percent(latin, arabic + latin)} Latin); ` +
          `taken as ${LANG_NAME[detected]}; name it ${tagged} to say so`,
      );
    } else {
      problem('notice', `no language tag; taken as ${LANG_NAME[detected]} from its script`);
    }
  }
  if (lang === 'ar') {
    const foreign = count(text, NOT_ARABIC);
    if (foreign > arabic * 0.01 && foreign >= 3) {
      problem(
        'warning',
        `this looks like Persian or Urdu rather than Arabic: ${foreign} letters (such as پ چ ژ گ) that Arabic does not use`,
      );
    }
  }
  return { lang, diagnostics };
}
