import { describe, expect, it } from 'vitest';
import { stripXmlForbidden } from './xml-text';

describe('stripXmlForbidden', () => {
  it('drops C0 controls (but tab, line feed and carriage return), U+FFFE/U+FFFF, NUL and lone surrogates', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u0008d\u001be\ufffef\uffffg\ud800h\udfffi')).toBe('abcdefghi');
    expect(stripXmlForbidden('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('keeps every character a reader can see: CJK, curly quotes, emoji (surrogate pairs)', () => {
    const text = 'Xi’an 西安 “GDP” 😀 ＝ €';
    expect(stripXmlForbidden(text)).toBe(text);
  });
});
