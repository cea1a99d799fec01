import { describe, expect, it } from 'vitest';
import { parallelDocuments, sidesOf } from '../../../tests/helpers/parallel.ts';
import { checkLang, countScripts } from './detect-lang.ts';
import { languageChecks } from './testing.ts';
import { SAMPLE_AR, SAMPLE_EN } from '../../../tests/helpers/sample.ts';

const SEED_AR = SAMPLE_AR;
const SEED_EN = SAMPLE_EN;

describe('checkLang', () => {
  it('detects the seeds from their scripts, with a notice when the name has no tag', () => {
    expect(checkLang(SEED_AR, 'documents/x.txt')).toMatchObject({ lang: 'ar', diagnostics: [{ severity: 'notice' }] });
    expect(checkLang(SEED_EN, 'documents/x.txt')).toMatchObject({ lang: 'en', diagnostics: [{ severity: 'notice' }] });
    // Latin words inside Arabic text (EMLEAKS, Pastebin, APT) do not confuse it.
    expect(countScripts(SEED_AR).latin).toBeGreaterThan(0);
    expect(checkLang(SEED_AR, 'documents/x.ar.txt', 'ar')).toEqual({ lang: 'ar', diagnostics: [] });
  });

  it('stops on a tag the text contradicts, naming the fix', () => {
    const latin = checkLang(SEED_EN, 'documents/macron.ar.txt', 'ar');
    expect(latin.diagnostics).toMatchObject([{ severity: 'error', file: 'documents/macron.ar.txt' }]);
    expect(latin.diagnostics[0].message).toMatch(
      /the name says Arabic but the text is in Latin script \(100% of its letters\); rename it to macron\.en\.txt/,
    );
    const arabic = checkLang(SEED_AR, 'documents/macron.en.txt', 'en');
    expect(arabic.diagnostics[0]).toMatchObject({ severity: 'error' });
    expect(arabic.diagnostics[0].message).toMatch(/rename it to macron\.ar\.txt/);
  });

  it('warns when a tagged text is mostly in the other script', () => {
    const text = `${SEED_EN.split('\n')[0]} ${SEED_AR.split('\n')[0].slice(0, 60)}`;
    const result = checkLang(text, 'documents/x.ar.txt', 'ar');
    expect(result.lang).toBe('ar');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning' }]);
  });

  it('warns when an untagged text is evenly mixed', () => {
    const result = checkLang('Glossary: hacking اختراق, campaign حملة, election انتخابات', 'documents/glossary.txt');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning' }]);
    expect(result.diagnostics[0].message).toMatch(/name it glossary\.(ar|en)\.txt/);
  });

  it('refuses text in neither script, naming the script', () => {
    const cases: [string, RegExp][] = [
      ['Кампания Макрона заявила, что подверглась масштабной хакерской атаке.', /Cyrillic script/],
      ['קמפיין מקרון הודיע כי נפרץ.', /Hebrew script/],
      ['马克龙竞选团队称遭到大规模黑客攻击。', /Han \(Chinese\/Japanese\) script/],
      ['Η εκστρατεία του Μακρόν δήλωσε ότι δέχτηκε επίθεση.', /Greek script/],
    ];
    for (const [text, script] of cases) {
      const result = checkLang(text, 'documents/x.txt');
      expect(result.lang).toBeUndefined();
      expect(result.diagnostics).toMatchObject([{ severity: 'error', file: 'documents/x.txt' }]);
      expect(result.diagnostics[0].message).toMatch(script);
      expect(result.diagnostics[0].message).toMatch(/neither Arabic nor Latin/);
      expect(checkLang(text, 'documents/x.en.txt', 'en').lang).toBeUndefined();
    }
  });

  it('warns that Persian is not Arabic', () => {
    const persian =
      'کمپین انتخاباتی ماکرون گفت که هدف یک حمله گسترده سایبری قرار گرفته است و پیام‌های پست الکترونیک آن منتشر شده‌اند. چگونه؟';
    const result = checkLang(persian, 'documents/x.ar.txt', 'ar');
    expect(result.lang).toBe('ar');
    expect(result.diagnostics).toMatchObject([{ severity: 'warning' }]);
    expect(result.diagnostics[0].message).toMatch(/Persian or Urdu/);
  });
});

describe('checkLang on the parallel fixture (TICO-19 in ingest.corpus.test.ts)', () => {
  languageChecks(parallelDocuments().map(sidesOf));
});
