import { describe, expect, it } from 'vitest';
import { ofSentences } from './sentences.ts';

const prose = [
  'The ministry said on Tuesday that the new clinics would open in every province by March.',
  'قالت الوزارة يوم الثلاثاء إن العيادات الجديدة ستفتح في كل محافظة بحلول شهر مارس المقبل.',
  'Officials added that the budget for the programme had been approved by parliament last week.',
];
const turns = [
  'so what did you tell them when they asked you about the results of the test',
  'I told them we would wait for the second round before saying anything about it',
  'and did they accept that answer or did they keep on asking you the same thing',
];

describe('ofSentences', () => {
  it('is true for prose whose long lines end with a stop, behind closing quotes too', () => {
    expect(ofSentences(prose)).toBe(true);
    expect(ofSentences([...prose, '“He told reporters that nothing had been decided about the plan yet.”'])).toBe(true);
  });

  it('is false for a transcript, whose long turns end without a stop', () => {
    expect(ofSentences(turns)).toBe(false);
    expect(ofSentences([...turns, prose[0]])).toBe(false);
  });

  it('holds when a quarter of the long lines end without a stop', () => {
    expect(ofSentences([...prose, turns[0]])).toBe(true);
    expect(ofSentences([prose[0], prose[1], turns[0], turns[1]])).toBe(false);
  });

  it('is undefined for a text with no long line, a list or a programme', () => {
    expect(ofSentences(['Flour, 2 cups', 'Sugar, 1 cup', 'Eggs, 3'])).toBeUndefined();
    expect(ofSentences(['Short line.', 'ten words make a line that is not yet long.'])).toBeUndefined();
  });

  it('counts a line of eleven words as long', () => {
    expect(ofSentences(['eleven words make a line long enough to count as one here'])).toBe(false);
  });
});
