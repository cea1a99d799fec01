/**
 * The book's style sheet: the embedded faces, then a reading layout a reading system can reflow.
 * An aligned row is a parallel text: the two versions' cells one under the other on a small
 * screen, side by side where there is room; the reading system keeps a row together when it can.
 * Sizes are relative, so the reader's own text size wins.
 */
import type { FontFace } from './fonts.ts';

function fontFace(face: FontFace): string {
  return [
    '@font-face {',
    `  font-family: '${face.family}';`,
    `  font-style: ${face.style};`,
    `  font-weight: ${face.weight};`,
    ...(face.sizeAdjust ? [`  size-adjust: ${face.sizeAdjust};`] : []),
    `  src: url('fonts/${face.file}') format('woff2');`,
    `  unicode-range: ${face.unicodeRange};`,
    '}',
  ].join('\n');
}

const LAYOUT = `
html {
  font-family: 'Literata', 'Noto Naskh Arabic', serif;
}
:lang(ar) {
  font-family: 'Noto Naskh Arabic', 'Literata', serif;
  line-height: 1.8;
}
body {
  margin: 0 0.5em;
  line-height: 1.5;
}
h1, h2, h3 {
  line-height: 1.3;
  page-break-after: avoid;
  break-after: avoid;
}
h1 { font-size: 1.5em; }
h2 { font-size: 1.2em; margin-top: 1.5em; }
dfn, cite, q { font-style: normal; }
p { margin: 0 0 0.8em; orphans: 2; widows: 2; }
a { color: inherit; }
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
}
.relation { font-size: 0.9em; margin: 0 0 1em; }
.edition-meta { font-size: 0.85em; margin: 0 0 1.2em; }
.edition-meta dt { font-weight: bold; }
.edition-meta dd { margin: 0 0 0.3em; margin-inline-start: 0; }
.edition + .edition {
  margin-top: 2em;
  padding-top: 1em;
  border-top: 1px solid #888;
  page-break-before: always;
  break-before: page;
}
.aligned-row {
  margin: 0 0 1em;
  page-break-inside: avoid;
  break-inside: avoid;
}
.aligned-row .cell + .cell {
  margin-top: 0.4em;
  padding-inline-start: 0.8em;
  border-inline-start: 2px solid #aaa;
  font-size: 0.95em;
}
.aligned-head .cell + .cell { border: 0; padding: 0; }
.aligned-foot { page-break-inside: auto; break-inside: auto; }
.aligned-foot .cell + .cell { border: 0; padding: 0; font-size: 1em; }
@media (min-width: 40em) {
  .aligned-row { display: flex; gap: 1.5em; }
  .aligned-row .cell { flex: 1 1 0; min-width: 0; }
  .aligned-row .cell + .cell { margin-top: 0; }
}
.fn-ref { line-height: 0; }
.fn-ref a { text-decoration: none; padding: 0 0.1em; }
.fn-notes { margin-top: 2em; font-size: 0.9em; }
.fn-notes aside { margin: 0 0 0.5em; }
.fn-back { text-decoration: none; }
.editorial-note {
  margin-top: 2em;
  padding: 0.5em 0.8em;
  border: 1px solid #aaa;
  font-size: 0.9em;
}
.removed-lines { padding-inline-start: 1.2em; }
.book-part-title { text-align: center; margin: 2em 0 1em; }
.glossary-entry { margin: 0 0 0.8em; }
.glossary-entry dt { font-weight: bold; }
.glossary-entry dd { margin: 0 0 0.3em; margin-inline-start: 1.2em; }
.licence { font-size: 0.8em; white-space: pre-wrap; }
`;

/** The style sheet of a book that embeds `faces`. */
export function bookStyle(faces: readonly FontFace[]): string {
  return `${faces.map(fontFace).join('\n')}\n${LAYOUT}`;
}
