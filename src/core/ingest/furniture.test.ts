import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { DEFAULT_PATTERNS } from './default-furniture.ts';
import { DEFAULT_RULES, matchFurniture, parseCleaningRules } from './furniture.ts';

interface Examples {
  patterns: Record<string, { lang: Lang | 'any'; matches: string[]; keeps: string[] }>;
  prose: Record<Lang, string[]>;
}
const examples: Examples = JSON.parse(
  readFileSync(new URL('./fixtures/furniture/examples.json', import.meta.url), 'utf8'),
);
const langsOf = (lang: Lang | 'any'): Lang[] => (lang === 'any' ? ['en', 'ar'] : [lang]);

describe('built-in furniture patterns', () => {
  it('are valid specs with unique names, each with examples', () => {
    const names = DEFAULT_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(examples.patterns).sort()).toEqual([...names].sort());
    const check = parseCleaningRules(
      `patterns:\n${DEFAULT_PATTERNS.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\nbuiltin: false\n`,
      'cleaning.yaml',
    );
    expect(check.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(check.rules.patterns.map((p) => p.name)).toEqual(names);
  });

  for (const [name, { lang, matches, keeps }] of Object.entries(examples.patterns)) {
    describe(name, () => {
      for (const example of matches) {
        const [line, value] = example.split(' => ');
        it(`recognises “${line}”`, () => {
          const found = matchFurniture(line, langsOf(lang)[0], DEFAULT_RULES);
          expect(found?.pattern.name).toBe(name);
          if (value !== undefined) expect(found?.value).toBe(value);
        });
      }
      for (const line of keeps) {
        for (const l of langsOf(lang)) {
          // A loose shape (`alongside`) may match a line alone; cleaning takes it only beside other
          // furniture (the clean fixtures *-credit-alongside), so only stricter patterns must leave it.
          it(`leaves “${line}” (${l})`, () => {
            const found = matchFurniture(line, l, DEFAULT_RULES);
            if (found?.pattern.alongside && found.pattern.name !== name) return;
            expect(found).toBeUndefined();
          });
        }
      }
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`leave ordinary ${lang} sentences alone`, () => {
      for (const line of examples.prose[lang]) expect(matchFurniture(line, lang, DEFAULT_RULES), line).toBeUndefined();
    });
  }

  it('never match a line longer than their limit', () => {
    const long = `Read more: ${'the campaign said the hack was massive and coordinated '.repeat(4)}`;
    expect(matchFurniture(long, 'en', DEFAULT_RULES)).toBeUndefined();
  });

  it('match whatever the spelling habits: harakat, tatweel, hamza forms, ta marbuta', () => {
    for (const line of ['اقرأ أيضاً', 'اقرا ايضا', 'اِقْرَأْ أَيْضًا', 'اقـــرأ أيضـا', 'إقرأ أيضا']) {
      expect(matchFurniture(line, 'ar', DEFAULT_RULES)?.pattern.name, line).toBe('related-ar');
    }
    expect(matchFurniture('الصوره: رويترز', 'ar', DEFAULT_RULES)?.value).toBe('رويترز');
    expect(matchFurniture('Featured image courtesy of EPA', 'en', DEFAULT_RULES)?.value).toBe('EPA');
  });

  it('leave a line that reports someone’s words, but not a source naming where it is from', () => {
    for (const [line, lang] of [
      ['Follow us, the soldiers told the journalists, and led them into the tunnel.', 'en'],
      ['Write a reply to the ministry within 30 days, the court ordered.', 'en'],
      ['جميع الحقوق محفوظة، كُتب على البوابة، لأرض لم يعد لها سور.', 'ar'],
      ['اضغط على الرابط وستُنقل إلى نسخة مزيفة من موقع المصرف، بحسب الباحثين.', 'ar'],
    ] as const)
      expect(matchFurniture(line, lang, DEFAULT_RULES), line).toBeUndefined();
    expect(matchFurniture('المصدر: وزارة الصحة، حسب آخر تحديث', 'ar', DEFAULT_RULES)?.pattern.kind).toBe('source');
    expect(matchFurniture('نقلا عن رويترز، بحسب الوكالة', 'ar', DEFAULT_RULES)?.pattern.kind).toBe('source');
    expect(matchFurniture('Follow us on X, Facebook and Instagram', 'en', DEFAULT_RULES)?.pattern.name).toBe(
      'follow-us',
    );
  });

  it('read a line after the pictographs that open it, as its words say', () => {
    expect(matchFurniture('📢 إعلان مدفوع', 'ar', DEFAULT_RULES)?.pattern.kind).toBe('advertisement');
    expect(matchFurniture('🔔 Sponsored content', 'en', DEFAULT_RULES)?.pattern.kind).toBe('advertisement');
    expect(matchFurniture('🔴 Ad revenue fell by a third last year.', 'en', DEFAULT_RULES)).toBeUndefined();
    expect(matchFurniture('📢 ارتفاع عدد الإصابات إلى 500', 'ar', DEFAULT_RULES)).toBeUndefined();
  });

  // Round 34: a bullet or an arrow before, an arrow or a chevron after, a count closing a list's heading.
  it('read a line without the bullets, arrows and counts around it', () => {
    for (const [line, lang, kind] of [
      ['• Subscribe to Up Here magazine', 'en', 'advertisement'],
      ['Buy the print issue →', 'en', 'advertisement'],
      ['← اشتركي في مجلة زهرة الخليج', 'ar', 'advertisement'],
      ['أخبار صيدا الأخرى »', 'ar', 'related'],
      ['Letters to the editor (3)', 'en', 'comments'],
      ['رسائل القراء (3)', 'ar', 'comments'],
      ['Listen to this story (3 min)', 'en', 'share'],
      ['استمع إلى هذا الخبر (3 دقائق)', 'ar', 'share'],
    ] as const)
      expect(matchFurniture(line, lang, DEFAULT_RULES)?.pattern.kind, line).toBe(kind);
    for (const [line, lang] of [
      ['• Cases rose by a third in March', 'en'],
      ['Prices went up →', 'en'],
      ['«سنفوز» قال الرئيس »', 'ar'],
      ['ارتفاع عدد الإصابات (3)', 'ar'],
    ] as const)
      expect(matchFurniture(line, lang, DEFAULT_RULES), line).toBeUndefined();
  });

  it('mark a line open when its value is on the next line', () => {
    expect(matchFurniture('Read the whole story from', 'en', DEFAULT_RULES)?.open).toBe(true);
    expect(matchFurniture('Read the whole story from The Post', 'en', DEFAULT_RULES)?.open).toBe(false);
    expect(matchFurniture('COMMENTS', 'en', DEFAULT_RULES)?.open).toBe(false);
  });

  // Round 32: the outlet's name where a prompt says "our" or nothing is read without it, for the page's
  // prompts only; a headline that leads with a name, and a name that makes a short line a prompt's, stay.
  it('read a prompt with the outlet’s name in it as the prompt', () => {
    for (const [line, lang, kind] of [
      ['Print this Civil Beat story', 'en', 'share'],
      ['Send via Telegram from TOLOnews', 'en', 'share'],
      ['Related Tribune stories', 'en', 'related'],
      ['Pajhwok suggested reading', 'en', 'related'],
      ['Keep reading Civil Beat', 'en', 'related'],
      ['Royal Gazette comments are closed on this article.', 'en', 'comments'],
      ['Join the Compass conversation', 'en', 'comments'],
      ['Subscribers can comment on Royal Gazette stories.', 'en', 'comments'],
      ['Subscribe to the Royal Gazette e-edition', 'en', 'advertisement'],
      ['شريك المحتوى الرقمي لقناة الكأس', 'ar', 'advertisement'],
      ['مقالات ذات صلة من موقع الأيام', 'ar', 'related'],
    ] as const)
      expect(matchFurniture(line, lang, DEFAULT_RULES)?.pattern.kind, line).toBe(kind);
    for (const [line, lang] of [
      ['WHO comments on vaccine', 'en'],
      ['Biden comments on the crisis', 'en'],
      ['Join the Biden campaign', 'en'],
      ['Related Ebola cases rose', 'en'],
      ['Grab a coffee', 'en'],
      ['The WHO comments are expected tomorrow.', 'en'],
      ['شارك في برنامج قناة الجزيرة', 'ar'],
    ] as const)
      expect(matchFurniture(line, lang, DEFAULT_RULES), line).toBeUndefined();
  });
});

describe('parseCleaningRules', () => {
  it('adds the editor’s patterns before the built-in ones, compiled for folded text', () => {
    const { rules, diagnostics } = parseCleaningRules(
      [
        'disable: [page-chrome]',
        'patterns:',
        '  - name: ahram-footer',
        '    lang: ar',
        '    phrase: بوابة الأهرام',
        '  - name: tags',
        '    prefix: "Filed:"',
        '    provides: source',
        '  - name: reuters-credit',
        "    regex: '^\\(reporting by .*\\)$'",
        '    where: anywhere',
        '',
      ].join('\n'),
      'cleaning.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(rules.patterns.slice(0, 3).map((p) => [p.name, p.origin])).toEqual([
      ['ahram-footer', 'cleaning.yaml:3'],
      ['tags', 'cleaning.yaml:6'],
      ['reuters-credit', 'cleaning.yaml:9'],
    ]);
    // page-chrome, the former name of the navigation patterns, turns off the navigation kind.
    expect(rules.patterns.some((p) => p.kind === 'navigation')).toBe(false);
    expect(rules.patterns.length).toBe(3 + DEFAULT_RULES.patterns.filter((p) => p.kind !== 'navigation').length);
    expect(matchFurniture('— بوّابة الاهرام —', 'ar', rules)?.pattern.name).toBe('ahram-footer');
    expect(matchFurniture('بوابة الأهرام', 'en', rules)?.pattern.name).not.toBe('ahram-footer');
    expect(matchFurniture('Filed: The Guardian', 'en', rules)).toMatchObject({ value: 'The Guardian' });
    expect(matchFurniture('Filedaway', 'en', rules)).toBeUndefined();
    expect(matchFurniture('(Reporting by John Irish; Editing by Alison Williams)', 'en', rules)?.pattern.where).toBe(
      'anywhere',
    );
  });

  it('reports a bad regex with its file, line and the engine’s reason', () => {
    const { diagnostics, rules } = parseCleaningRules(
      'patterns:\n  - name: broken\n    regex: "^(unclosed"\n  - name: fine\n    phrase: Fine print\n',
      'cleaning.yaml',
    );
    expect(diagnostics).toMatchObject([{ severity: 'error', file: 'cleaning.yaml', line: 3, column: 12 }]);
    expect(diagnostics[0].message).toMatch(
      /regex of pattern “broken” is not a valid JavaScript regular expression: .*(group|\))/i,
    );
    expect(rules.patterns[0].name).toBe('fine');
  });

  it('reports YAML syntax errors at their line', () => {
    const { diagnostics } = parseCleaningRules(
      'patterns:\n  - name: a\n    phrase: [unclosed\n  - name: b\n',
      'cleaning.yaml',
    );
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'cleaning.yaml' });
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(3);
    expect(diagnostics[0].message).toMatch(/^YAML: /);
  });

  it('validates each pattern with zod, at the line of the bad value', () => {
    const text = [
      'patterns:',
      '  - name: Not Kebab', // 2
      '    phrase: x',
      '  - name: two-kinds', // 4
      '    phrase: a',
      '    regex: b',
      '  - name: bad-where', // 7
      '    phrase: Advertiser content',
      '    where: middle', // 9
      '  - name: typo', // 10
      '    phrase: Sponsored by',
      '    joinnext: true', // 12
      '',
    ].join('\n');
    const { diagnostics } = parseCleaningRules(text, 'cleaning.yaml');
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['error', 2],
      ['error', 4],
      ['error', 9],
      ['warning', 12],
    ]);
    expect(diagnostics[0].message).toMatch(/kebab-case/);
    expect(diagnostics[1].message).toMatch(/exactly one of phrase, prefix or regex/);
    expect(diagnostics[2].message).toMatch(/where must be edge or anywhere/);
    expect(diagnostics[3].message).toMatch(/unknown key “patterns.3.joinnext”.*did you mean “joinNext”/);
  });

  it('refuses patterns that would remove prose, and duplicate names', () => {
    const { diagnostics } = parseCleaningRules(
      'patterns:\n  - name: all\n    regex: ".*"\n  - name: the\n    regex: "the"\n  - name: x\n    phrase: X site\n  - name: x\n    phrase: Y site\n',
      'cleaning.yaml',
    );
    expect(diagnostics.map((d) => [d.line, d.message.split(',')[0]])).toEqual([
      [3, 'pattern “all” matches an empty line'],
      [5, 'pattern “the” matches an ordinary sentence'],
      [8, 'pattern name “x” is already used on line 6'],
    ]);
  });

  it('warns about unknown top-level keys and unknown names to disable; builtin: false drops the list', () => {
    const { diagnostics, rules } = parseCleaningRules(
      'builtin: false\ndisable: [no-such]\nextra: 1\n',
      'cleaning.yaml',
    );
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 3],
      ['warning', 2],
    ]);
    expect(rules.patterns).toEqual([]);
  });

  it('lets an editor replace a built-in pattern by name, with a notice', () => {
    const { diagnostics, rules } = parseCleaningRules(
      'patterns:\n  - name: advertisement\n    phrase: Werbung\n    where: anywhere\n',
      'cleaning.yaml',
    );
    expect(diagnostics).toMatchObject([{ severity: 'notice', line: 2 }]);
    expect(rules.patterns.filter((p) => p.name === 'advertisement')).toHaveLength(1);
    expect(matchFurniture('Advertisement', 'en', rules)).toBeUndefined();
    expect(matchFurniture('Werbung', 'en', rules)?.pattern.name).toBe('advertisement');
  });

  it('treats an empty file as the built-in list', () => {
    expect(parseCleaningRules('', 'cleaning.yaml')).toEqual({ rules: DEFAULT_RULES, diagnostics: [] });
    expect(parseCleaningRules('- a\n', 'cleaning.yaml').diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
  });
});
