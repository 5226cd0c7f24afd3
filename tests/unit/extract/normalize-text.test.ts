import { describe, expect, it } from 'vitest';
import { normalizeBlockText, normalizeLine, normalizeToLines } from '../../../src-main/core/sources/extract/normalize-text.ts';

describe('normalizeToLines', () => {
  it('turns CRLF and lone CR into line breaks and drops trailing whitespace', () => {
    expect(normalizeToLines('one  \r\ntwo\rthree\t\n')).toEqual(['one', 'two', 'three', '']);
  });

  it('composes Unicode to NFC', () => {
    const decomposed = 'Cafe\u0301 Zu\u0308rich';
    expect(normalizeToLines(decomposed)).toEqual(['Café Zürich']);
    expect(normalizeToLines(decomposed)[0]).toBe('Café Zürich'.normalize('NFC'));
  });

  it('keeps every line, blank ones included', () => {
    expect(normalizeToLines('a\n\n\nb')).toEqual(['a', '', '', 'b']);
  });

  it('treats form feeds and Unicode line separators as line breaks', () => {
    expect(normalizeToLines('page one\fpage two\u2028three')).toEqual(['page one', 'page two', 'three']);
  });
});

describe('normalizeLine', () => {
  it('turns tabs into spaces and drops control and invisible characters', () => {
    expect(normalizeLine('\tcol\tone \u0000\u0007\u200bx\u00ad')).toBe(' col one x');
  });

  it('keeps non-breaking spaces and joiners that change how scripts render', () => {
    expect(normalizeLine('10\u00a0km')).toBe('10\u00a0km');
    expect(normalizeLine('می\u200cخواهم')).toBe('می\u200cخواهم');
  });
});

describe('normalizeBlockText', () => {
  it('collapses source-markup whitespace into single spaces', () => {
    expect(normalizeBlockText('\n   A paragraph\n   split over\tlines  ')).toBe('A paragraph split over lines');
  });
});
