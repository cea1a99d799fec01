import { describe, expect, test } from 'vitest';
import { eachLang, LANGS, perLang } from './lang.ts';

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

describe('eachLang', () => {
  test("lists each language's value once, English first", () => {
    expect(eachLang((lang) => `${lang}!`)).toEqual(['en!', 'ar!']);
    expect(eachLang((lang) => [lang, lang]).flat()).toEqual(['en', 'en', 'ar', 'ar']);
  });
});
