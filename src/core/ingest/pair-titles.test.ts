import { describe, expect, test } from 'vitest';
import { ingest } from './index.ts';
import { agreeTitles } from './pair-titles.ts';
import type { Edition } from '../types.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const BODY_EN = [
  'On Wednesday, the World Health Organization said that the outbreak of the new coronavirus had become a pandemic, with more than 118,000 cases in 114 countries.',
  'The organization said it was deeply concerned by the alarming levels of spread and severity, and by the alarming levels of inaction.',
  'Its director-general said that describing the situation as a pandemic did not change what countries should do.',
];
const BODY_AR = [
  'قالت منظمة الصحة العالمية يوم الأربعاء إن تفشي فيروس كورونا الجديد أصبح جائحة، مع أكثر من 118,000 حالة في 114 دولة.',
  'وقالت المنظمة إنها تشعر بقلق بالغ إزاء المستويات المقلقة من الانتشار والخطورة، وإزاء المستويات المقلقة من التقاعس.',
  'وقال مديرها العام إن وصف الوضع بأنه جائحة لا يغير ما ينبغي على الدول فعله.',
];

/** Furniture every table knows, above the text. */
const BREADCRUMB_EN = 'Home › World › Middle East';
const BREADCRUMB_AR = 'الرئيسية › العالم › الشرق الأوسط';
const BYLINE_EN = 'By Maria Lopez, Reuters';
const BYLINE_AR = 'بقلم: ليلى منصور';

/** Ingests a pair (`relation` in a sidecar) and returns its two editions. */
function pair(ar: string[], en: string[], relation = 'translation'): Record<'ar' | 'en', Edition> {
  const { editions } = ingest([
    { path: 'documents/who.ar.txt', bytes: bytes(ar.join('\n\n') + '\n') },
    { path: 'documents/who.en.txt', bytes: bytes(en.join('\n\n') + '\n') },
    { path: 'documents/who.yaml', bytes: bytes(`relation: ${relation}\n`) },
  ]);
  return { ar: editions.find((e) => e.lang === 'ar')!, en: editions.find((e) => e.lang === 'en')! };
}
const tookTitle = (e: Edition) => e.removed.some((r) => r.reason === 'headline');

describe('one title decision per translation pair', () => {
  const headlineEn = 'World Health Organization declares COVID-19 a pandemic';
  // The Arabic headline ends with a full stop, as some sites set them: alone, it reads as a sentence.
  const headlineAr = 'منظمة الصحة العالمية تعلن كوفيد-19 جائحة.';

  test('first lines that translate each other are both titles when one version took its own', () => {
    const { ar, en } = pair([headlineAr, ...BODY_AR], [headlineEn, ...BODY_EN]);
    expect(tookTitle(en)).toBe(true);
    expect(tookTitle(ar)).toBe(true);
    expect(ar.title).toBe(headlineAr);
    expect(ar.titleDerived).toBe(false);
    expect(ar.paragraphs.map((p) => p.text)).toEqual(BODY_AR);
    // The excerpt is the text's opening now, not the headline.
    expect(ar.excerpt).toMatch(/^قالت منظمة/);
  });

  test('a coverage pair keeps deciding apart', () => {
    const { ar, en } = pair([headlineAr, ...BODY_AR], [headlineEn, ...BODY_EN], 'coverage');
    expect(tookTitle(en)).toBe(true);
    expect(tookTitle(ar)).toBe(false);
  });

  test('a first line that is two sentences in the other version makes neither a title', () => {
    const en = 'Officials say the WHO now calls COVID-19 a pandemic as cases pass 120,000 worldwide';
    const ar =
      'يقول المسؤولون إن منظمة الصحة العالمية تصف الآن كوفيد-19 بأنه جائحة. وقد تجاوز عدد الحالات 120,000 حالة في العالم.';
    const paired = pair([ar, ...BODY_AR], [en, ...BODY_EN]);
    expect(tookTitle(paired.en)).toBe(false);
    expect(tookTitle(paired.ar)).toBe(false);
    expect(paired.en.paragraphs[0].text).toBe(en);
    expect(paired.en.titleDerived).toBe(true);
  });

  test('a headline the other version lacks stays the title of its own version only', () => {
    const { ar, en } = pair(BODY_AR, [headlineEn, ...BODY_EN]);
    expect(tookTitle(en)).toBe(true);
    expect(tookTitle(ar)).toBe(false);
    expect(ar.paragraphs.map((p) => p.text)).toEqual(BODY_AR);
    // The same with furniture around it: the English prints one line more above its text.
    const framed = pair([BREADCRUMB_AR, BYLINE_AR, ...BODY_AR], [BREADCRUMB_EN, headlineEn, BYLINE_EN, ...BODY_EN]);
    expect([framed.en.title, framed.en.titleDerived]).toEqual([headlineEn, false]);
  });

  test('a line one version prints where the other’s cleaning took furniture is not the title', () => {
    // A caption no table knows, in the place of the Arabic's byline: the same page, its furniture
    // known in one language only. It stays in the English text; both titles come from the openings.
    const caption = 'Volunteers sort boxes of masks at a depot in Geneva';
    const { ar, en } = pair([BREADCRUMB_AR, BYLINE_AR, ...BODY_AR], [BREADCRUMB_EN, caption, ...BODY_EN]);
    expect(tookTitle(en)).toBe(false);
    expect(en.titleDerived).toBe(true);
    expect(en.title).toMatch(/^On Wednesday, the World Health Organization/);
    expect(en.paragraphs.map((p) => p.text)).toEqual([caption, ...BODY_EN]);
    expect(en.excerpt).not.toContain('Geneva');
    expect(ar.titleDerived).toBe(true);
    // Alone, the English takes it for its headline: only the pair tells.
    const { editions } = ingest([
      { path: 'documents/who.en.txt', bytes: bytes([BREADCRUMB_EN, caption, ...BODY_EN].join('\n\n')) },
    ]);
    expect(editions[0].title).toBe(caption);
  });

  test('a first line the other version refused as the page’s is not made its title by the pair', () => {
    const versions = (candidate: boolean) => {
      const files = [
        { path: 'documents/who.ar.txt', bytes: bytes([headlineAr, ...BODY_AR].join('\n\n')) },
        { path: 'documents/who.en.txt', bytes: bytes([headlineEn, ...BODY_EN].join('\n\n')) },
      ];
      const [ar, en] = ['ar', 'en'].map((lang) => ingest(files).editions.find((e) => e.lang === lang)!);
      return agreeTitles(
        { edition: ar, given: false, candidateLine: candidate ? ar.paragraphs[0].line : undefined },
        { edition: en, given: false, candidateLine: en.removed[0]?.line },
      );
    };
    // The Arabic's first line its own candidate: a headline but for its full stop, made its title.
    expect(versions(true).change).toBe('both-titles');
    // Not its candidate (it refused it as a credit, a time, a button): each keeps its decision.
    const refused = versions(false);
    expect(refused.change).toBeUndefined();
    expect([refused.ar.titleDerived, refused.en.titleDerived]).toEqual([true, false]);
  });
});

/** Ingests a pair of sources named `who.<lang>.<ext>` with a sidecar (`relation` and more) and returns its two editions. */
function files(
  ar: [string, string],
  en: [string, string],
  sidecar = 'relation: translation\n',
): Record<'ar' | 'en', Edition> {
  const { editions, diagnostics } = ingest([
    { path: `documents/who.ar.${ar[0]}`, bytes: bytes(ar[1]) },
    { path: `documents/who.en.${en[0]}`, bytes: bytes(en[1]) },
    { path: 'documents/who.yaml', bytes: bytes(sidecar) },
  ]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { ar: editions.find((e) => e.lang === 'ar')!, en: editions.find((e) => e.lang === 'en')! };
}
const markdown = (lines: string[]) => lines.join('\n\n') + '\n';

describe('one title decision for a pair with a .md or .mdx version', () => {
  const headlineEn = 'World Health Organization declares COVID-19 a pandemic';
  const headlineAr = 'منظمة الصحة العالمية تعلن كوفيد-19 جائحة';

  test('a first paragraph translating the other version’s opening heading becomes its title too', () => {
    const { ar, en } = files(
      ['md', markdown([headlineAr, ...BODY_AR])],
      ['md', markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect([en.title, en.titleDerived]).toEqual([headlineEn, false]);
    expect([ar.title, ar.titleDerived]).toEqual([headlineAr, false]);
    // Out of the text, as the heading is: the body opens with the report.
    expect(ar.body!.trimStart()).toMatch(/^قالت منظمة/);
    expect(ar.removed).toEqual([{ reason: 'headline', text: headlineAr, line: 1 }]);
    expect(ar.excerpt).toMatch(/^قالت منظمة/);
  });

  test('the same in an .mdx version, and in a pair of a .txt and a .md version', () => {
    const mdx = files(['mdx', markdown([headlineAr, ...BODY_AR])], ['md', markdown([`## ${headlineEn}`, ...BODY_EN])]);
    expect(mdx.ar.titleDerived).toBe(false);
    expect(mdx.ar.title).toBe(headlineAr);
    // A .txt headline that ends with a full stop reads as a sentence alone; the .md heading decides.
    const mixed = files(
      ['txt', [`${headlineAr}.`, ...BODY_AR].join('\n\n')],
      ['md', markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect(mixed.ar.titleDerived).toBe(false);
    expect(mixed.ar.paragraphs.map((p) => p.text)).toEqual(BODY_AR);
  });

  test('a heading translated by a sentence of the text goes back into the text', () => {
    const opening =
      'يقول المسؤولون إن منظمة الصحة العالمية تصف الآن كوفيد-19 بأنه جائحة. وقد تجاوز عدد الحالات 120,000 حالة في العالم.';
    const heading = 'Officials say the WHO now calls COVID-19 a pandemic as cases pass 120,000 worldwide';
    const { ar, en } = files(['md', markdown([opening, ...BODY_AR])], ['md', markdown([`# ${heading}`, ...BODY_EN])]);
    expect(en.titleDerived).toBe(true);
    expect(ar.titleDerived).toBe(true);
    expect(en.removed).toEqual([]);
    expect(en.body!.trimStart().startsWith(`# ${heading}\n`)).toBe(true);
  });

  test('a heading whose translation opens the other version’s first paragraph goes back into the text', () => {
    const { ar, en } = files(
      ['md', markdown([`${headlineAr}. ${BODY_AR[0]}`, ...BODY_AR.slice(1)])],
      ['md', markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect([en.titleDerived, ar.titleDerived]).toEqual([true, true]);
    expect(en.body!.trimStart().startsWith(`# ${headlineEn}\n`)).toBe(true);
    // The same when that paragraph is all of the other version's text.
    const single = files(
      ['md', markdown([[headlineAr + '.', ...BODY_AR].join(' ')])],
      ['md', markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect([single.en.titleDerived, single.ar.titleDerived]).toEqual([true, true]);
  });

  test('a heading the other version lacks stays the title of its own version only', () => {
    const { ar, en } = files(['md', markdown(BODY_AR)], ['md', markdown([`# ${headlineEn}`, ...BODY_EN])]);
    expect(en.titleDerived).toBe(false);
    expect(ar.titleDerived).toBe(true);
    expect(ar.removed).toEqual([]);
  });

  test('a title the editor gave is kept; the other version follows it only to a title of its own', () => {
    // The English title given, in the heading's words: the Arabic's translating first line is its title too.
    const given = files(
      ['md', markdown([headlineAr, ...BODY_AR])],
      ['md', `---\ntitle: ${headlineEn}\n---\n` + markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect([given.ar.title, given.ar.titleDerived]).toEqual([headlineAr, false]);
    // The Arabic title given, in other words (its first line stays in its text): the English decides alone.
    const other = files(
      ['md', markdown([headlineAr, ...BODY_AR])],
      ['md', markdown([`# ${headlineEn}`, ...BODY_EN])],
      'relation: translation\nar:\n  title: إعلان الجائحة\n',
    );
    expect([other.ar.title, other.ar.titleDerived]).toEqual(['إعلان الجائحة', false]);
    expect(other.ar.body!.trimStart().startsWith(headlineAr)).toBe(true);
    expect([other.en.title, other.en.titleDerived]).toEqual([headlineEn, false]);
    // The English title given and the Arabic's first line too long to be a title: the heading stays the title.
    const long =
      'يقول المسؤولون إن منظمة الصحة العالمية تصف الآن كوفيد-19 بأنه جائحة. وقد تجاوز عدد الحالات 120,000 حالة في العالم.';
    const kept = files(
      ['md', markdown([long, ...BODY_AR])],
      ['md', `---\ntitle: ${headlineEn}\n---\n` + markdown([`# ${headlineEn}`, ...BODY_EN])],
    );
    expect([kept.en.title, kept.en.titleDerived]).toEqual([headlineEn, false]);
    expect(kept.ar.titleDerived).toBe(true);
  });
});
