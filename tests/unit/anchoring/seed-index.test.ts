// The whole-text index must find exactly what a full indexOf scan finds, or whole-text searches
// would silently miss moved passages.

import { describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../../../src-main/core/annotations/anchoring/seed-index.ts';
import { loadCorpus, makeRng } from './corpus.ts';

describe('buildSeedIndex', () => {
  it('finds exactly what indexOf finds, for pieces of 16+ characters', () => {
    const text = loadCorpus()
      .map((d) => d.text)
      .join('\n')
      .repeat(3);
    const index = buildSeedIndex(text);
    const rng = makeRng(7);
    for (let t = 0; t < 300; t++) {
      const at = Math.floor(rng() * (text.length - 40));
      const piece = text.slice(at, at + 16 + Math.floor(rng() * 24));
      const want: number[] = [];
      for (let p = text.indexOf(piece); p !== -1; p = text.indexOf(piece, p + 1)) want.push(p);
      expect(index.lookup(piece, Number.POSITIVE_INFINITY)).toEqual(want);
    }
    expect(index.lookup('zzzzzzzzzzzzzzzzzzzz', 10)).toEqual([]);
  });

  it('copes with texts shorter than a seed', () => {
    expect(buildSeedIndex('short').lookup('a piece of sixteen', 5)).toEqual([]);
  });
});
