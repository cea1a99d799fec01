import { describe, expect, test } from 'vitest';
import { isolate } from './isolate.ts';

const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('isolate', () => {
  test('wraps in the initiator of the direction and a PDI', () => {
    expect(isolate('APT 28', 'ltr')).toBe(`${LRI}APT 28${PDI}`);
    expect(isolate('هامش', 'rtl')).toBe(`${RLI}هامش${PDI}`);
    expect(isolate('هامش')).toBe(`${FSI}هامش${PDI}`);
    expect(isolate('x', 'auto')).toBe(`${FSI}x${PDI}`);
  });

  test('leaves the empty string empty', () => {
    expect(isolate('', 'ltr')).toBe('');
  });

  test('closes isolates left open inside, so that its own PDI closes its own isolate', () => {
    expect(isolate(`a${RLI}b`, 'ltr')).toBe(`${LRI}a${RLI}b${PDI}${PDI}`);
    expect(isolate(`${FSI}${LRI}x`, 'rtl')).toBe(`${RLI}${FSI}${LRI}x${PDI}${PDI}${PDI}`);
  });

  test('drops a PDI that closes nothing inside, which would end its isolate early', () => {
    expect(isolate(`a${PDI}b`, 'ltr')).toBe(`${LRI}ab${PDI}`);
    expect(isolate(`${RLI}a${PDI}${PDI}b`, 'ltr')).toBe(`${LRI}${RLI}a${PDI}b${PDI}`);
  });

  test('never changes the visible text', () => {
    const visible = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
    for (const text of ['Emmanuel Macron ماكرون.', `x${PDI}${LRI}y`, '٢٠١٧ 26%']) {
      expect(visible(isolate(text, 'rtl'))).toBe(visible(text));
    }
  });
});
