import { describe, expect, test } from 'vitest';
import { ingest } from './index.ts';
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
  });
});
