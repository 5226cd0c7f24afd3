// The comparison form of text (whitespace, quote marks, invisibles) and its maps back to real offsets.
// Offsets must survive the round trip exactly, or highlights would land a few characters off.

import { describe, expect, it } from 'vitest';
import { normalizeFragment, normalizeText, rawRange } from '../../../src-main/core/annotations/anchoring/normalize.ts';

describe('normalizeText', () => {
  it('folds whitespace runs, curly quotes and invisible characters', () => {
    const raw = 'He said\u00a0\u201cno\u201d \n\n  \u2013 it\u2019s over\u00ad.';
    expect(normalizeText(raw).text).toBe('He said "no" \u2013 it\'s over.');
    expect(normalizeFragment(raw)).toBe(normalizeText(raw).text);
  });

  it('maps normalized ranges back to the raw text, whole whitespace runs included', () => {
    const raw = 'alpha  \n beta\u200b gamma';
    const norm = normalizeText(raw);
    expect(norm.text).toBe('alpha beta gamma');
    const at = norm.text.indexOf('alpha beta');
    expect(rawRange(norm, at, at + 'alpha beta'.length)).toEqual({ start: 0, end: raw.indexOf('\u200b') });
    const gamma = norm.text.indexOf('gamma');
    expect(raw.slice(rawRange(norm, gamma, gamma + 5).start)).toBe('gamma');
    for (let r = 0; r <= raw.length; r++) {
      const n = norm.toNorm[r] ?? -1;
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(norm.text.length);
    }
  });

  it('handles empty text', () => {
    const norm = normalizeText('');
    expect(norm.text).toBe('');
    expect(rawRange(norm, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
