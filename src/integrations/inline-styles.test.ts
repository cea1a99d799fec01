import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { blockedStyles } from './inline-styles.ts';

const page = (styleSrc: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src ${styleSrc}"></head><body>${body}</body></html>`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline styles the policy blocks', () => {
  test('a style attribute and an unhashed <style> are named', () => {
    expect(
      blockedStyles(page("'self'", '<p style="color: red">x</p><style>p { margin: 0 }</style>'), '/en/x/'),
    ).toEqual([
      { page: '/en/x/', what: '<p style="color: red">' },
      { page: '/en/x/', what: '<style>p { margin: 0 }</style>' },
    ]);
  });

  test('a <style> the policy allows by its hash is not, nor a page without styles', () => {
    const css = 'p{margin:0}';
    expect(blockedStyles(page(`'self' ${hash(css)}`, `<style>${css}</style>`), '/')).toEqual([]);
    expect(blockedStyles(page("'self'", '<p>A style="x" in the text is text.</p>'), '/')).toEqual([]);
  });
});
