/**
 * Translation units of a TMX translation memory such as TICO-19's, grouped into the documents their
 * ids name: for fitting and evaluating the aligner against alignments made by people, and for the
 * tests and benchmarks that need parallel text. The one TMX reader of the project.
 */
import { XMLParser } from 'fast-xml-parser';
import { collapseSpaces } from '../arabic/index.ts';
import type { Lang } from '../types.ts';

/** One translation unit: the same passage in both languages. */
export interface TranslationUnit {
  ar: string;
  en: string;
}

/** The units of one document, in document order. */
export interface UnitDocument {
  id: string;
  units: TranslationUnit[];
}

/** A `<seg>`: its text, or (with inline codes such as `<ph>` inside) an object holding its text. */
type Seg = string | number | { '#text'?: string | number } | undefined;

interface Tuv {
  'xml:lang'?: string;
  lang?: string;
  seg?: Seg;
}

interface Tu {
  tuid?: string;
  tuv?: Tuv[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Segments are text: "2017" stays a string, and white space is the source's.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Character references (&#1576;) as well as the five XML entities.
  htmlEntities: true,
  isArray: (name) => name === 'tu' || name === 'tuv',
});

/** The text of a segment; inline codes (`<ph>`, `<bpt>`…) are markup of the original, not text. */
function segText(seg: Seg): string {
  const text = typeof seg === 'object' ? seg['#text'] : seg;
  return collapseSpaces(String(text ?? ''));
}

/** The segment of `tu` in `lang` (TMX 1.4 `xml:lang`, or 1.1's `lang`; `ar-EG` counts as `ar`). */
function side(tu: Tu, lang: Lang): string {
  const tuv = tu.tuv?.find((v) => (v['xml:lang'] ?? v.lang ?? '').toLowerCase().split('-')[0] === lang);
  return segText(tuv?.seg);
}

/**
 * The documents of a TMX file whose units have ids `DOC:N` (unit N of document DOC), each with
 * its units in order of N. Documents come in order of id, or with `order: 'file'` in the order
 * the file first names them (the evaluations that draw documents by seeded chance were recorded in
 * one order or the other). A unit empty on either side says nothing about alignment, and a unit
 * without such an id belongs to no document: both are left out, and `skipped` counts them.
 */
export function readTmx(
  xml: string,
  { order = 'id' }: { order?: 'id' | 'file' } = {},
): { documents: UnitDocument[]; skipped: number } {
  const parsed = parser.parse(xml) as { tmx?: { body?: { tu?: Tu[] } | string } };
  const body = parsed.tmx?.body;
  const units = typeof body === 'object' ? (body.tu ?? []) : [];
  const byId = new Map<string, { n: number; unit: TranslationUnit }[]>();
  let skipped = 0;
  for (const tu of units) {
    const id = /^(.+):(\d+)$/.exec(tu.tuid ?? '');
    const unit = { ar: side(tu, 'ar'), en: side(tu, 'en') };
    if (!id || unit.ar === '' || unit.en === '') {
      skipped++;
      continue;
    }
    const list = byId.get(id[1]) ?? [];
    list.push({ n: Number(id[2]), unit });
    byId.set(id[1], list);
  }
  const ids = [...byId.keys()];
  if (order === 'id') ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const documents = ids
    .map((id) => [id, byId.get(id)!] as const)
    .map(([id, list]) => ({ id, units: list.sort((a, b) => a.n - b.n).map((u) => u.unit) }));
  return { documents, skipped };
}
