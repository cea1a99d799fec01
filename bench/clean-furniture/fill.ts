/**
 * Filling a set's templates: the default pools of names, outlets and places, and `fill`, which
 * turns a template into a line of furniture and the metadata it carries. Shared by the cleaning
 * evaluation (`clean-eval.ts`) and the training of the line model (`train-line-model.ts`).
 */
import { ARABIC_MONTHS, MONTHS, WEEKDAYS } from '../../src/core/calendar.ts';
import type { Lang } from '../../src/core/types.ts';
import type { EvalKind, PoolName } from './kinds.ts';

export const POOLS: Record<Lang, Record<PoolName, string[]>> = {
  en: {
    name: [
      'Sarah Johnson',
      'Ahmed Hassan',
      'Maria Lopez',
      "James O'Brien",
      'Leila Mansour',
      'David Chen',
      'Anna Kowalska',
      'Omar Khalil',
      'Emily Carter',
      'Kwame Mensah',
    ],
    source: [
      'Reuters',
      'AFP',
      'Associated Press',
      'BBC News',
      'Al Jazeera',
      'The Guardian',
      'Anadolu Agency',
      'Sky News',
    ],
    credit: ['Getty Images', 'Reuters/John Smith', 'AFP', 'EPA', 'Jane Doe', 'AP Photo/Hassan Ammar'],
    section: [
      'World',
      'Middle East',
      'Health',
      'Science',
      'Europe',
      'Politics',
      'Business',
      'Technology',
      'Africa',
      'Asia',
      'Coronavirus',
    ],
    tag: ['Coronavirus', 'Public health', 'WHO', 'Vaccines', 'Pandemic', 'Hospitals', 'Lockdown'],
    place: ['Paris', 'Geneva', 'Cairo', 'London', 'Beirut', 'New York', 'Nairobi'],
    rel: [
      'How the virus spread in Europe',
      'What we know about the new vaccine',
      'Five charts that explain the pandemic',
    ],
  },
  ar: {
    name: [
      'محمد عبد الله',
      'سارة الخطيب',
      'أحمد يوسف',
      'ليلى منصور',
      'خالد العمري',
      'نور الهدى سالم',
      'يوسف الحسيني',
      'ريم العلي',
      'عمر حداد',
      'هدى الشامي',
    ],
    source: [
      'رويترز',
      'فرانس برس',
      'أسوشيتد برس',
      'الجزيرة نت',
      'بي بي سي عربي',
      'وكالة الأناضول',
      'سكاي نيوز عربية',
      'الشرق الأوسط',
    ],
    credit: ['رويترز', 'أ ف ب', 'الأناضول', 'محمد علي', 'غيتي إيميجز', 'وكالة الأنباء الفرنسية'],
    section: ['أخبار', 'العالم', 'الشرق الأوسط', 'صحة', 'علوم', 'سياسة', 'اقتصاد', 'تكنولوجيا', 'عربي ودولي', 'كورونا'],
    tag: ['كورونا', 'الصحة العامة', 'منظمة الصحة العالمية', 'اللقاحات', 'جائحة', 'المستشفيات', 'الإغلاق'],
    place: ['باريس', 'جنيف', 'القاهرة', 'لندن', 'بيروت', 'نيويورك', 'نيروبي'],
    rel: ['كيف انتشر الفيروس في أوروبا', 'ما نعرفه عن اللقاح الجديد', 'خمسة رسوم تشرح الجائحة'],
  },
};
/** A calendar name as a page writes it: English capitalised, Arabic in the table's first spelling. */
const written = (spellings: readonly string[]) => spellings[0].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const arabicDigits = (text: string) => text.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);
const pad = (n: number) => String(n).padStart(2, '0');

/** A template filled in, with the metadata it carries. */
export interface Filled {
  text: string;
  expect: {
    author?: string;
    date?: string;
    time?: string;
    source?: string;
    tags?: string[];
    imageCredit?: string;
    dateline?: string;
  };
}

export function fill(
  template: string,
  kind: EvalKind,
  lang: Lang,
  random: () => number,
  pool: Record<PoolName, string[]>,
): Filled {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const [y, m, d, H, M] = [
    2020 + Math.floor(random() * 2),
    1 + Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
    Math.floor(random() * 24),
    Math.floor(random() * 60),
  ];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const tags = [...pool.tag].sort(() => random() - 0.5).slice(0, 3);
  const sections = [...pool.section].sort(() => random() - 0.5).slice(0, 3);
  const name = pick(pool.name);
  const place = pick(pool.place);
  const v: Record<string, string> = {
    name,
    NAME: name.toUpperCase(),
    name2: pick(pool.name.filter((n) => n !== name)),
    credit: pick(pool.credit),
    source: pick(pool.source),
    s1: sections[0],
    S1: sections[0].toUpperCase(),
    S2: sections[1].toUpperCase(),
    s2: sections[1],
    s3: sections[2],
    t1: tags[0],
    t2: tags[1],
    t3: tags[2],
    rel: pick(pool.rel),
    place,
    PLACE: place.toUpperCase(),
    n: String(1 + Math.floor(random() * 200)),
    d: String(d),
    dd: pad(d),
    m: String(m),
    mm: pad(m),
    y: String(y),
    mon: written(MONTHS.en[m - 1]),
    mon3: written(MONTHS.en[m - 1]).slice(0, 3),
    monAr: written(ARABIC_MONTHS.egyptian[m - 1]),
    monLev: written(ARABIC_MONTHS.levantine[m - 1]),
    // getUTCDay counts from Sunday, the calendar from Monday.
    wd: written(WEEKDAYS[lang][(weekday + 6) % 7]),
    HH: pad(H),
    H: String(H),
    M: pad(M),
    h12: String(H % 12 === 0 ? 12 : H % 12),
    ampm: H < 12 ? 'am' : 'pm',
    dA: arabicDigits(String(d)),
    yA: arabicDigits(String(y)),
    HA: arabicDigits(pad(H)),
    MA: arabicDigits(pad(M)),
    ddA: arabicDigits(pad(d)),
    mmA: arabicDigits(pad(m)),
    AMPM: H < 12 ? 'AM' : 'PM',
    wd3: written(WEEKDAYS.en[(weekday + 6) % 7]).slice(0, 3),
  };
  const used = new Set([...template.matchAll(/\{(\w+)\}/g)].map((x) => x[1]));
  // Drawn only when used, so that the older sets are filled as they were when first run.
  if (used.has('few')) v.few = String(2 + Math.floor(random() * 9));
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => v[key] ?? `{${key}}`);
  const has = (...keys: string[]) => keys.some((k) => used.has(k));
  const expect: Filled['expect'] = {};
  // Two writers are the author together ("Jane Doe and John Roe").
  if (kind === 'byline' && has('name', 'NAME'))
    expect.author = has('name2') ? `${name}${lang === 'ar' ? ' و' : ' and '}${v.name2}` : name;
  if (kind === 'timestamp') {
    if (has('d', 'dd', 'dA', 'ddA') && has('m', 'mm', 'mmA', 'mon', 'mon3', 'monAr', 'monLev') && has('y', 'yA'))
      expect.date = `${y}-${pad(m)}-${pad(d)}`;
    if (expect.date && has('HH', 'H', 'h12', 'HA') && has('M', 'MA')) expect.time = `${pad(H)}:${pad(M)}`;
  }
  if (kind === 'source' && has('source')) expect.source = v.source;
  if (kind === 'tags') expect.tags = tags.filter((_, i) => has(`t${i + 1}`));
  if (kind === 'caption' && has('credit')) expect.imageCredit = v.credit;
  if (kind === 'dateline' && has('place', 'PLACE')) expect.dateline = place;
  return { text, expect };
}
