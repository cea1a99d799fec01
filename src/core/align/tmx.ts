/**
 * Translation units of a TMX translation memory such as TICO-19's, grouped into the documents their
 * ids name, for fitting and evaluating the aligner against alignments made by people.
 */
import { collapseSpaces } from '../arabic/index.ts';

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

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeXml(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|apos|amp));/gi,
    (whole, dec: string, hex: string, name: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

/**
 * The documents of a TMX file whose units have ids `DOC:N` (unit N of document DOC), each with
 * its units in order of N. A unit empty on either side says nothing about alignment and is left
 * out; `skipped` counts them. TMX from TICO-19 has one `<seg>` per `<tuv>`, so a scan by pattern
 * reads it.
 */
export function readTmx(xml: string): { documents: UnitDocument[]; skipped: number } {
  const byId = new Map<string, { n: number; unit: TranslationUnit }[]>();
  let skipped = 0;
  for (const [, id, n, body] of xml.matchAll(/<tu\s[^>]*tuid="([^"]+):(\d+)"[^>]*>([\s\S]*?)<\/tu>/g)) {
    const seg = (lang: string) => {
      const found = body.match(new RegExp(`<tuv\\s+xml:lang="${lang}"[^>]*>\\s*<seg>([\\s\\S]*?)</seg>`, 'i'));
      return found ? collapseSpaces(decodeXml(found[1])) : '';
    };
    const unit = { ar: seg('ar'), en: seg('en') };
    if (unit.ar === '' || unit.en === '') {
      skipped++;
      continue;
    }
    const list = byId.get(id) ?? [];
    list.push({ n: Number(n), unit });
    byId.set(id, list);
  }
  const documents = [...byId]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, list]) => ({ id, units: list.sort((a, b) => a.n - b.n).map((u) => u.unit) }));
  return { documents, skipped };
}
