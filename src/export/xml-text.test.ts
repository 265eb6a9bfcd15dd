import { describe, expect, it } from 'vitest';
import { stripXmlForbidden, stripXmlForbiddenDeep } from './xml-text';

describe('stripXmlForbidden', () => {
  it('drops C0 controls (but tab, line feed and carriage return), U+FFFE/U+FFFF, NUL and lone surrogates', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u0008d\u001be\ufffef\uffffg\ud800h\udfffi')).toBe('abcdefghi');
    expect(stripXmlForbidden('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('keeps every character a reader can see: CJK, curly quotes, emoji (surrogate pairs)', () => {
    const text = 'Xi’an 西安 “GDP” 😀 ＝ €';
    expect(stripXmlForbidden(text)).toBe(text);
  });

  it('cleans every string of a plain-data tree and keeps its numbers, nulls and shape', () => {
    const tree = { title: 'A\u0001B', rows: [['x\uD800', 1, null]], nested: { notes: 'line\u000Bbreak', value: 0 } };
    expect(stripXmlForbiddenDeep(tree)).toEqual({ title: 'AB', rows: [['x', 1, null]], nested: { notes: 'linebreak', value: 0 } });
  });
});
