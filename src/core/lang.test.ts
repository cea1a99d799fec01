import { describe, expect, test } from 'vitest';
import { LANGS, perLang } from './lang.ts';

describe('perLang', () => {
  test('each language gets the value built from it, and no other key is made', () => {
    const built: string[] = [];
    const table = perLang((lang) => {
      built.push(lang);
      return { lang, words: new Set([lang]) };
    });
    expect(Object.keys(table).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(table[lang]).toEqual({ lang, words: new Set([lang]) });
    expect(table.ar).not.toBe(table.en);
    expect(built).toEqual(['en', 'ar']);
  });
});
