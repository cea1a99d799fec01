import { describe, expect, it } from 'vitest';
import { authorNames, bylineNames, personShaped } from './authors.ts';

describe('the authors a byline names', () => {
  it('splits a list of people’s names at and, &, commas and the Arabic و, keeping each as written', () => {
    expect(authorNames('Sarah Whitcombe and Yonas Bekele')).toEqual(['Sarah Whitcombe', 'Yonas Bekele']);
    expect(authorNames('Sarah Whitcombe, Yonas Bekele, and Lina Haddad')).toEqual([
      'Sarah Whitcombe',
      'Yonas Bekele',
      'Lina Haddad',
    ]);
    expect(authorNames('Charles de Gaulle & Ursula von der Leyen')).toEqual([
      'Charles de Gaulle',
      'Ursula von der Leyen',
    ]);
    expect(authorNames('سارة وايتكومب ويوناس بيكيلي')).toEqual(['سارة وايتكومب', 'يوناس بيكيلي']);
    expect(authorNames('ليلى الحداد، يوسف كمال و منى سعيد')).toEqual(['ليلى الحداد', 'يوسف كمال', 'منى سعيد']);
    // A name that begins with و (وليد) is not split off its first name.
    expect(authorNames('أحمد وليد ومحمد علي')).toEqual(['أحمد وليد', 'محمد علي']);
  });

  it('keeps a name whole when a part is not a person’s name: an organisation, an outlet, one word', () => {
    for (const whole of [
      'Johnson & Johnson',
      'Marks and Spencer',
      'Bill and Melinda Gates Foundation',
      'Department of Health and Social Care',
      'Jane Doe, Reuters',
      'Reuters and AFP',
      'هيئة التحرير',
      'رويترز وأ ف ب',
      'Sarah Whitcombe',
    ])
      expect(authorNames(whole)).toEqual([whole]);
    expect(authorNames(undefined)).toEqual([]);
    expect(authorNames('  ')).toEqual([]);
  });

  it('gives where each name stands in the byline, to link it in place', () => {
    const byline = ' By-line: Sarah Whitcombe and Yonas Bekele';
    for (const name of bylineNames('سارة وايتكومب ويوناس بيكيلي'))
      expect('سارة وايتكومب ويوناس بيكيلي'.slice(name.start, name.end)).toBe(name.name);
    expect(bylineNames(byline).map((n) => byline.slice(n.start, n.end))).toEqual(authorNames(byline));
  });

  it('tells a person’s name by its shape', () => {
    expect(personShaped('Sarah Whitcombe')).toBe(true);
    expect(personShaped('ليلى الحداد')).toBe(true);
    expect(personShaped('Reuters')).toBe(false);
    expect(personShaped('Johnson & Johnson')).toBe(false);
    expect(personShaped('Channel 4 News')).toBe(false);
  });
});
