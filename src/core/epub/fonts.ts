/**
 * The faces a book embeds: the site's two, Noto Naskh Arabic and Literata (see
 * `src/styles/fonts.css`), as the @fontsource packages ship them, under the SIL Open Font
 * License, which allows embedding them in a document with the licence beside them. A book takes
 * only the files its text needs: the Arabic faces when it has Arabic, Literata's Latin Extended
 * when it has a character of it, the italic when something is set in italic.
 */

export interface FontFace {
  /** The npm package the file comes from. */
  package: '@fontsource/literata' | '@fontsource/noto-naskh-arabic';
  /** The file in the package's `files/` folder. */
  file: string;
  family: 'Literata' | 'Noto Naskh Arabic';
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
  /** `size-adjust`, as the site's: Naskh is drawn small on its em beside Literata. */
  sizeAdjust?: string;
  /** Whether a book whose text is `text` needs the file. */
  needed: (text: string, italic: boolean) => boolean;
}

const ARABIC_RANGE =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT_RANGE =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

const HAS_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;
const HAS_LATIN_EXT =
  /[\u0100-\u02BA\u02BD-\u02C5\u02C7-\u02CC\u02CE-\u02D7\u02DD-\u02FF\u1D00-\u1DBF\u1E00-\u1E9F\u1EF2-\u1EFF\u20A0-\u20AB\u20AD-\u20C0\u2113\u2C60-\u2C7F\uA720-\uA7FF]/;

function naskh(weight: 400 | 700): FontFace {
  return {
    package: '@fontsource/noto-naskh-arabic',
    file: `noto-naskh-arabic-arabic-${weight}-normal.woff2`,
    family: 'Noto Naskh Arabic',
    weight,
    style: 'normal',
    unicodeRange: ARABIC_RANGE,
    sizeAdjust: '122%',
    needed: (text) => HAS_ARABIC.test(text),
  };
}

function literata(subset: 'latin' | 'latin-ext', weight: 400 | 700, style: 'normal' | 'italic'): FontFace {
  const ext = subset === 'latin-ext';
  return {
    package: '@fontsource/literata',
    file: `literata-${subset}-${weight}-${style}.woff2`,
    family: 'Literata',
    weight,
    style,
    unicodeRange: ext ? LATIN_EXT_RANGE : LATIN_RANGE,
    needed: (text, italic) => (style === 'normal' || italic) && (!ext || HAS_LATIN_EXT.test(text)),
  };
}

/** Every face a book may embed. */
export const FONT_FACES: readonly FontFace[] = [
  naskh(400),
  naskh(700),
  literata('latin', 400, 'normal'),
  literata('latin', 700, 'normal'),
  literata('latin', 400, 'italic'),
  literata('latin-ext', 400, 'normal'),
  literata('latin-ext', 700, 'normal'),
  literata('latin-ext', 400, 'italic'),
];

/** The faces a book with `text` (all its text) needs; `italic` when it sets something in italic. */
export function facesFor(text: string, italic: boolean): FontFace[] {
  return FONT_FACES.filter((face) => face.needed(text, italic));
}

/** The packages whose licence a book with `faces` carries. */
export function fontPackages(faces: readonly FontFace[]): FontFace['package'][] {
  return [...new Set(faces.map((face) => face.package))];
}
