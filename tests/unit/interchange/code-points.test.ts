import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../../src-main/core/bundles/interchange/code-points.ts';

describe('UTF-16 and code-point offsets', () => {
  it('counts an emoji or a mathematical letter as one character', () => {
    const text = 'a😀b𝔘c';
    const convert = offsetConverter(text);
    expect(text.length).toBe(7);
    expect(convert.codePointLength).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map((i) => convert.toCodePoints(i))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((c) => convert.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(convert.toUtf16(6)).toBeNull();
    expect(convert.toUtf16(-1)).toBeNull();
    expect(convert.toUtf16(1.5)).toBeNull();
  });

  it('round-trips every character boundary of any text, as Array.from counts them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const convert = offsetConverter(text);
        const chars = Array.from(text);
        expect(convert.codePointLength).toBe(chars.length);
        let utf16 = 0;
        chars.forEach((char, codePoint) => {
          expect(convert.toCodePoints(utf16)).toBe(codePoint);
          expect(convert.toUtf16(codePoint)).toBe(utf16);
          utf16 += char.length;
        });
        expect(convert.toUtf16(chars.length)).toBe(text.length);
      }),
    );
  });
});
