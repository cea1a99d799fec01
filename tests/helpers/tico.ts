import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CC0 TICO-19 English–Arabic translation memory beside the checkout. */
export const TICO_TMX = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora/tico19/all.en-ar.tmx',
);
export const TICO_TERMS = join(dirname(TICO_TMX), 'terminology.en-ar.csv');

/** One document of the translation memory: its sentences in order, in both languages. */
export interface TicoDocument {
  id: string;
  en: string[];
  ar: string[];
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/**
 * The documents of the TMX, grouping `<tu tuid="DOC:N">` units by DOC in sentence order.
 * TMX from TICO-19 is regular (one `<seg>` per `<tuv>`), so a scan by pattern is enough here.
 */
export function readTicoDocuments(path = TICO_TMX): TicoDocument[] {
  const xml = readFileSync(path, 'utf8');
  const docs = new Map<string, { n: number; en: string; ar: string }[]>();
  for (const unit of xml.matchAll(/<tu tuid="([^"]+):(\d+)">([\s\S]*?)<\/tu>/g)) {
    const [, doc, n, body] = unit;
    const seg = (lang: string) => {
      const found = body.match(new RegExp(`<tuv xml:lang="${lang}">\\s*<seg>([\\s\\S]*?)</seg>`));
      return found ? decodeXml(found[1]).trim() : '';
    };
    const list = docs.get(doc) ?? [];
    list.push({ n: Number(n), en: seg('en'), ar: seg('ar') });
    docs.set(doc, list);
  }
  return [...docs].map(([id, units]) => {
    units.sort((a, b) => a.n - b.n);
    return { id, en: units.map((u) => u.en).filter(Boolean), ar: units.map((u) => u.ar).filter(Boolean) };
  });
}
