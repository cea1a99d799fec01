import { describe, expect, test } from 'vitest';
import { schemeOf, webAddress } from './web-address.ts';

describe('webAddress', () => {
  test('passes http and https addresses, normalised', () => {
    expect(webAddress('https://example.com/story')).toBe('https://example.com/story');
    expect(webAddress('HTTP://Example.com')).toBe('http://example.com/');
  });

  test('refuses every other scheme, relative addresses and nothing', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:a@b.org',
      'ftp://example.com/',
      '/relative/path',
      'example.com',
      '',
      undefined,
    ])
      expect(webAddress(value), String(value)).toBeUndefined();
  });

  test('names the scheme of what it refuses, for the error message', () => {
    expect(schemeOf('javascript:alert(1)')).toBe('javascript:');
    expect(schemeOf('example.com')).toBeUndefined();
  });
});
