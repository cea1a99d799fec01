/**
 * A large bilingual glossary for benchmarks: the 306 English–Arabic term pairs of the TICO-19
 * terminology (CC0), then generated personal names in both scripts, up to the size asked for.
 *   node bench/glossary-corpus.ts [entries=5000] [out=.hamish/bench/glossary.yaml]
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { formKey } from '../src/core/glossary/index.ts';
import type { GlossaryEntry } from '../src/core/glossary/index.ts';
import { ticoFile } from '../tests/helpers/tico.ts';

/** Fields of one CSV line; quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
    fields.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]);
  }
  return fields;
}

/** The TICO-19 term pairs: `[english, arabic]`. */
export function ticoTerms(path = ticoFile('terminology.en-ar.csv')): [string, string][] {
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = csvFields(header);
  const en = columns.indexOf('sourceString');
  const ar = columns.indexOf('targetString');
  return lines.map((line) => csvFields(line)).map((fields) => [fields[en].trim(), fields[ar].trim()]);
}

/** Given names, as English writes them and in Arabic script. */
const GIVEN: [string, string][] = [
  ['Ahmad', 'أحمد'],
  ['Mohammed', 'محمد'],
  ['Ali', 'علي'],
  ['Omar', 'عمر'],
  ['Khaled', 'خالد'],
  ['Youssef', 'يوسف'],
  ['Ibrahim', 'إبراهيم'],
  ['Hassan', 'حسن'],
  ['Hussein', 'حسين'],
  ['Mahmoud', 'محمود'],
  ['Mustafa', 'مصطفى'],
  ['Karim', 'كريم'],
  ['Samir', 'سمير'],
  ['Tarek', 'طارق'],
  ['Walid', 'وليد'],
  ['Ziad', 'زياد'],
  ['Nabil', 'نبيل'],
  ['Rami', 'رامي'],
  ['Sami', 'سامي'],
  ['Fadi', 'فادي'],
  ['Bassam', 'بسام'],
  ['Hisham', 'هشام'],
  ['Majid', 'ماجد'],
  ['Nasser', 'ناصر'],
  ['Salim', 'سليم'],
  ['Adel', 'عادل'],
  ['Jamal', 'جمال'],
  ['Kamal', 'كمال'],
  ['Faisal', 'فيصل'],
  ['Anwar', 'أنور'],
  ['Fatima', 'فاطمة'],
  ['Aisha', 'عائشة'],
  ['Maryam', 'مريم'],
  ['Layla', 'ليلى'],
  ['Nour', 'نور'],
  ['Huda', 'هدى'],
  ['Salma', 'سلمى'],
  ['Rania', 'رانيا'],
  ['Dina', 'دينا'],
  ['Hala', 'هالة'],
  ['Lina', 'لينا'],
  ['Mona', 'منى'],
  ['Reem', 'ريم'],
  ['Sara', 'سارة'],
  ['Yasmin', 'ياسمين'],
  ['Zainab', 'زينب'],
  ['Amal', 'أمل'],
  ['Hanan', 'حنان'],
  ['Samira', 'سميرة'],
  ['Nadia', 'نادية'],
];

/** Family names, likewise. */
const FAMILY: [string, string][] = [
  ['Haddad', 'حداد'],
  ['Khoury', 'خوري'],
  ['Mansour', 'منصور'],
  ['Nasr', 'نصر'],
  ['Saleh', 'صالح'],
  ['Hamdan', 'حمدان'],
  ['Qassem', 'قاسم'],
  ['Darwish', 'درويش'],
  ['Awad', 'عوض'],
  ['Shami', 'شامي'],
  ['Masri', 'مصري'],
  ['Halabi', 'حلبي'],
  ['Najjar', 'نجار'],
  ['Sabbagh', 'صباغ'],
  ['Attar', 'عطار'],
  ['Khalil', 'خليل'],
  ['Aziz', 'عزيز'],
  ['Habib', 'حبيب'],
  ['Jaber', 'جابر'],
  ['Bakr', 'بكر'],
  ['Othman', 'عثمان'],
  ['Suleiman', 'سليمان'],
  ['Yassin', 'ياسين'],
  ['Farouk', 'فاروق'],
  ['Ghanem', 'غانم'],
  ['Hijazi', 'حجازي'],
  ['Issa', 'عيسى'],
  ['Jawad', 'جواد'],
  ['Karam', 'كرم'],
  ['Lahham', 'لحام'],
  ['Maalouf', 'معلوف'],
  ['Nassar', 'نصار'],
  ['Obeid', 'عبيد'],
  ['Qureshi', 'قريشي'],
  ['Rashid', 'راشد'],
  ['Sayegh', 'صايغ'],
  ['Tamimi', 'تميمي'],
  ['Zaher', 'زاهر'],
  ['Zoabi', 'زعبي'],
  ['Abboud', 'عبود'],
  ['Barakat', 'بركات'],
  ['Daoud', 'داود'],
  ['Fakhoury', 'فاخوري'],
  ['Ghosn', 'غصن'],
  ['Hakim', 'حكيم'],
  ['Jabbour', 'جبور'],
  ['Kanaan', 'كنعان'],
  ['Saad', 'سعد'],
  ['Antoun', 'أنطون'],
  ['Bitar', 'بيطار'],
];

/** Generated names: given + family, then given + father's name + family, in a fixed order. */
function* names(): Generator<[string, string]> {
  for (const [familyEn, familyAr] of FAMILY) {
    for (const [givenEn, givenAr] of GIVEN) yield [`${givenEn} ${familyEn}`, `${givenAr} ${familyAr}`];
  }
  for (const [fatherEn, fatherAr] of GIVEN.slice(0, 30)) {
    for (const [familyEn, familyAr] of FAMILY) {
      for (const [givenEn, givenAr] of GIVEN)
        yield [`${givenEn} ${fatherEn} ${familyEn}`, `${givenAr} ${fatherAr} ${familyAr}`];
    }
  }
}

/**
 * `count` glossary entries (fewer only if the sources run out): TICO-19 terms first, then names.
 * Pairs whose forms another entry already claims are skipped, so the glossary passes validation.
 */
export function benchGlossaryEntries(count: number): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const claimed = new Set<string>();
  const add = (kind: GlossaryEntry['kind'], id: string, en: string, ar: string, note: string) => {
    const keys = [formKey(en), formKey(ar)];
    if (keys.some((key) => key === undefined || claimed.has(key))) return;
    for (const key of keys) claimed.add(key as string);
    entries.push({ id, kind, en: { term: en, aliases: [], note }, ar: { term: ar, aliases: [], note } });
  };
  ticoTerms().forEach(([en, ar], i) => {
    if (entries.length < count)
      add('term', `tico-${i + 1}`, en, ar, `Term ${i + 1} of the TICO-19 COVID-19 terminology.`);
  });
  let n = 0;
  for (const [en, ar] of names()) {
    if (entries.length >= count) break;
    n++;
    add('person', `person-${n}`, en, ar, `Generated name ${n}, for benchmarks.`);
  }
  return entries;
}

/** Writes a benchmark glossary of `count` entries as YAML to `path`; returns how many it holds. */
export async function writeBenchGlossary(path: string, count: number): Promise<number> {
  const entries = benchGlossaryEntries(count);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    stringify(
      entries.map(({ line: _line, ...entry }) => entry),
      { lineWidth: 0 },
    ),
  );
  return entries.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 5000);
  const out = resolve(process.argv[3] ?? '.hamish/bench/glossary.yaml');
  console.log(`wrote ${await writeBenchGlossary(out, count)} entries to ${out}`);
}
