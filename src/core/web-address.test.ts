import { describe, expect, test } from 'vitest';
import { baseFolder, basePrefix, schemeOf, underBase, webAddress } from './web-address.ts';

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

describe('underBase', () => {
  test('puts the base before a path on the site', () => {
    expect(underBase('/en/about/', '/edition/')).toBe('/edition/en/about/');
    expect(underBase('/en/about/?q=1#x', '/edition')).toBe('/edition/en/about/?q=1#x');
    expect(underBase('/', '/edition/')).toBe('/edition/');
  });

  test('leaves everything else as it is', () => {
    for (const href of [
      'https://example.org/en/',
      '//cdn.example/x',
      'mailto:desk@example.org',
      '../tram-line/',
      '#fn-1',
      '/edition/en/about/',
      '/edition',
    ])
      expect(underBase(href, '/edition/')).toBe(href);
    expect(underBase('/en/about/', '/')).toBe('/en/about/');
  });
});

describe('basePrefix and baseFolder', () => {
  test.each([
    ['/', '', '/'],
    ['', '', '/'],
    ['/edition/', '/edition', '/edition/'],
    ['/edition', '/edition', '/edition/'],
    ['/edition//', '/edition', '/edition/'],
  ])('%j → %j, %j', (base, prefix, folder) => {
    expect(basePrefix(base)).toBe(prefix);
    expect(baseFolder(base)).toBe(folder);
  });
});
