import { describe, expect, test } from 'vitest';
import { baseFolder, basePrefix, schemeOf, srcsetAddresses, underBase, webAddress } from './web-address.ts';

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

describe('srcsetAddresses', () => {
  const addresses = (srcset: string) => srcsetAddresses(srcset).map(({ start, end }) => srcset.slice(start, end));

  test.each([
    ['density descriptors', '/a.png 1x, /a@2x.png 2x', ['/a.png', '/a@2x.png']],
    ['a fractional density', '/a.png 1.5x', ['/a.png']],
    ['width descriptors, no space after the comma', '/w.png 480w,/w2.png 800w', ['/w.png', '/w2.png']],
    ['a width with a height', '/w.png 480w 300h, /v.png 960w 600h', ['/w.png', '/v.png']],
    ['no descriptor', '/a.png', ['/a.png']],
    ['tabs, newlines and form feeds as spaces', '\t/a.png\t1x,\n/b.png\f2x\r\n', ['/a.png', '/b.png']],
    ['commas inside an address', '/maps/a,b.png 1x, /c,d.png 2x', ['/maps/a,b.png', '/c,d.png']],
    [
      'a data: address, whose comma is its own',
      'data:image/png;base64,iVBORw0KGgo= 1x, /b.png 2x',
      ['data:image/png;base64,iVBORw0KGgo=', '/b.png'],
    ],
    ['an address ending in commas ends its candidate', '/a.png,/b.png,, /c.png', ['/a.png,/b.png', '/c.png']],
    ['a comma in parentheses is a descriptor’s', '/a.png (x, /b.png) 1x, /c.png', ['/a.png', '/c.png']],
    ['parentheses do not nest', '/a.png ((x), /b.png', ['/a.png', '/b.png']],
    ['commas and spaces around nothing', ' ,, /a.png 1x ,, ', ['/a.png']],
    ['no space but ASCII’s: U+00A0 is in the address', '/a\u00a0b.png 1x', ['/a\u00a0b.png']],
    ['nothing', '', []],
  ])('%s', (_, srcset, expected) => {
    expect(addresses(srcset)).toEqual(expected);
  });
});
