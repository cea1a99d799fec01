import { describe, expect, it } from 'vitest';
import { foldLineText } from './arabic/index.ts';
import { ARABIC_MONTHS, MONTHS, WEEKDAYS } from './calendar.ts';
import { LANGS } from './types.ts';

describe('calendar tables', () => {
  it('have twelve months and seven weekdays in every language and system', () => {
    for (const lang of LANGS) {
      expect(MONTHS[lang], lang).toHaveLength(12);
      expect(WEEKDAYS[lang], lang).toHaveLength(7);
    }
    for (const [system, months] of Object.entries(ARABIC_MONTHS)) expect(months, system).toHaveLength(12);
  });

  it('number each Arabic month the same in every system (a month is its index + 1)', () => {
    expect(MONTHS.ar[0]).toEqual(expect.arrayContaining(['يناير', 'كانون الثاني', 'جانفي']));
    expect(MONTHS.ar[10]).toEqual(expect.arrayContaining(['نوفمبر', 'تشرين الثاني']));
    expect(MONTHS.ar[11]).toEqual(expect.arrayContaining(['ديسمبر', 'كانون الأول']));
    expect(MONTHS.ar[7]).toEqual(expect.arrayContaining(['أغسطس', 'آب', 'أوت']));
  });

  it('spell no month or weekday like another (after folding), so a spelling names one date', () => {
    for (const lang of LANGS) {
      for (const table of [MONTHS[lang], WEEKDAYS[lang]]) {
        const owner = new Map<string, number>();
        table.forEach((spellings, i) => {
          for (const spelling of spellings) {
            const key = foldLineText(spelling);
            expect(owner.get(key) ?? i, `${lang} ${spelling}`).toBe(i);
            owner.set(key, i);
          }
        });
      }
    }
  });

  it('put the full English name first and its abbreviations after it', () => {
    for (const [name, ...short] of [...MONTHS.en, ...WEEKDAYS.en])
      for (const abbreviation of short) expect(name.startsWith(abbreviation.slice(0, 3)), name).toBe(true);
    expect(MONTHS.en.map(([name]) => name)).toContain('september');
    expect(WEEKDAYS.en[3]).toEqual(['thursday', 'thu', 'thur', 'thurs']);
  });
});
