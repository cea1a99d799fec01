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
      // A writer and her outlet, role or place: no conjunction joins two people.
      'Jane Doe, Associated Press',
      'Jane Doe, Staff Writer',
      'Jane Doe, New York',
      'Jane Doe; BBC Arabic',
      'محمد علي، القدس العربي',
      // A part with a word of a desk, a credit or an outlet names no person.
      'Jane Doe and BBC News',
      'محمد علي ووكالة الأنباء',
      'محمد علي، مراسل الجزيرة',
      'Reuters and AFP',
      'هيئة التحرير',
      'رويترز وأ ف ب',
      'Sarah Whitcombe',
    ])
      expect(authorNames(whole)).toEqual([whole]);
    expect(authorNames(undefined)).toEqual([]);
    // A byline's label is not part of a name.
    expect(authorNames('By Jane Doe')).toEqual(['Jane Doe']);
    expect(authorNames('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(authorNames('بقلم محمد علي وأحمد حسن')).toEqual(['محمد علي', 'أحمد حسن']);
    expect(authorNames('كتب: محمد علي وأحمد حسن')).toEqual(['محمد علي', 'أحمد حسن']);
    expect(authorNames('  ')).toEqual([]);
  });

  it('gives where each name stands in the byline, to link it in place', () => {
    const byline = ' By: Sarah Whitcombe and Yonas Bekele';
    for (const name of bylineNames('سارة وايتكومب ويوناس بيكيلي'))
      expect('سارة وايتكومب ويوناس بيكيلي'.slice(name.start, name.end)).toBe(name.name);
    expect(bylineNames(byline).map((n) => byline.slice(n.start, n.end))).toEqual(['Sarah Whitcombe', 'Yonas Bekele']);
    expect(bylineNames('By Jane Doe').map((n) => 'By Jane Doe'.slice(n.start, n.end))).toEqual(['Jane Doe']);
  });

  it('tells a person’s name by its shape', () => {
    expect(personShaped('Sarah Whitcombe')).toBe(true);
    expect(personShaped('ليلى الحداد')).toBe(true);
    expect(personShaped('Reuters')).toBe(false);
    expect(personShaped('Johnson & Johnson')).toBe(false);
    expect(personShaped('Channel 4 News')).toBe(false);
  });
});
