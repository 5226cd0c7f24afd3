// Edit-distance helpers: the diagonal distance against a plain reference, and context similarity.
// Random cases come from a fixed seed so a failure reproduces.

import { describe, expect, it } from 'vitest';
import {
  alignedExtent,
  editDistanceWithin,
  prefixSimilarity,
  suffixSimilarity,
} from '../../../src-main/core/annotations/anchoring/similarity.ts';
import { makeRng } from './corpus.ts';

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

describe('editDistanceWithin', () => {
  it('agrees with plain Levenshtein up to the limit, and reports limit + 1 beyond it', () => {
    const rng = makeRng(42);
    const alphabet = 'ab cde';
    for (let t = 0; t < 3000; t++) {
      const a = Array.from({ length: Math.floor(rng() * 50) }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
      const chars = [...a];
      for (let e = Math.floor(rng() * 15); e > 0; e--) {
        const at = Math.floor(rng() * (chars.length + 1));
        const op = rng();
        if (op < 0.33) chars.splice(at, 0, 'x');
        else if (op < 0.66) chars.splice(at, 1);
        else chars[at] = 'z';
      }
      const b = chars.join('');
      const limit = Math.floor(rng() * 30);
      const want = levenshtein(a, b);
      expect(editDistanceWithin(a, b, limit)).toBe(want <= limit ? want : limit + 1);
    }
  });
});

describe('context similarity', () => {
  const text = 'the quick brown fox jumps over the lazy dog';
  const at = text.indexOf('fox');

  it('is 1 for intact context and drops with edits next to the quote', () => {
    expect(prefixSimilarity(text, at, 'quick brown ')).toBe(1);
    expect(suffixSimilarity(text, at + 3, ' jumps over')).toBe(1);
    expect(prefixSimilarity(text, at, 'quick green ')).toBeCloseTo(1 - 3 / 12);
    // Running out of text at the far end costs only the missing characters' edits.
    expect(prefixSimilarity(text, at, 'XYZ quick brown ')).toBeCloseTo(1 - 3 / 16);
  });

  it('treats empty context as the edge of the text', () => {
    expect(prefixSimilarity(text, 0, '')).toBe(1);
    expect(prefixSimilarity(text, at, '')).toBe(0.5);
    expect(suffixSimilarity(text, text.length, '')).toBe(1);
  });

  it('finds where an aligned context ends', () => {
    expect(alignedExtent('quick brwn ', text, text.indexOf('quick'), 1)).toBe(at);
    expect(alignedExtent(' jumps ovr', text, text.indexOf(' the lazy'), -1)).toBe(at + 3);
  });
});
