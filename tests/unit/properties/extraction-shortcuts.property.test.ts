// The shortcuts that make extraction cheap must not change what it finds: reading a sample's
// words once must give each third the verdict it gets alone, normalizing a whole file at once
// must give the lines that normalizing each line gives, and counting words by jumping between
// blanks, or remembering a line's count, must give the count of its runs of non-space.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearFunctionWordLanguage, clearFunctionWordLanguages } from '../../../src-main/core/sources/extract/metadata/function-words.ts';
import { atMostWords, boundedWordCount, wordCount } from '../../../src-main/core/sources/extract/line-shape.ts';
import { normalizeLine, normalizeToLines } from '../../../src-main/core/sources/extract/normalize-text.ts';
import { assertCounted } from './counted-property.ts';

// Function words of several languages, words that are not, and letters that lowercase
// unusually (İ grows, Σ depends on its neighbours) or sit outside the BMP.
const word = fc.constantFrom(
  'the', 'of', 'and', 'said', 'The', 'THE', 'le', 'les', 'été', 'der', 'und', 'für', 'los', 'más', 'también', 'het', 'een',
  'è', 'più', 'não', 'rockets', 'embassy', 'İstanbul', 'ΣΟΦΙΑΣ', 'naïve', 'straße', '𐐀𐐁', 'x',
);
const separator = fc.constantFrom(' ', '  ', '\n', '', ', ', '-');
const prose = fc.array(fc.tuple(word, separator), { minLength: 30, maxLength: 300 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const proseWithCuts = prose.chain((text) =>
  fc.tuple(fc.constant(text), fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 3 }).map((cuts) => [...cuts].sort((a, b) => a - b))),
);

describe('extraction shortcuts', () => {
  it('gives every piece of a sample the function-word verdict it gets when asked alone', () => {
    assertCounted('function words per piece', [proseWithCuts], ([text, cuts]) => {
      const bounds = [0, ...cuts, text.length];
      const alone = cuts.length === 0 ? [] : bounds.slice(1).map((end, index) => clearFunctionWordLanguage(text.slice(bounds[index], end)));
      expect(clearFunctionWordLanguages(text, cuts)).toEqual([clearFunctionWordLanguage(text), ...alone]);
    }, 400);
  });

  it('settles clear prose even when a cut runs through a word', () => {
    const english = 'the report said that the embassy was closed for the week and the staff had left the city. '.repeat(6);
    const cut = english.indexOf('embassy', english.length / 2) + 3;
    expect(clearFunctionWordLanguages(english, [cut])).toEqual(['en', 'en', 'en']);
  });

  it('counts words as the runs of non-space characters, however it counts them', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', 'é', '😀', '-');
    const text = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));
    assertCounted('word counts', [text, fc.integer({ min: 0, max: 120 })], (line, limit) => {
      const runs = line.split(/\s+/).filter((word) => word !== '').length;
      expect(wordCount(line)).toBe(runs);
      expect(wordCount(line, limit)).toBe(Math.min(runs, limit + 1));
      expect(boundedWordCount(line)).toBe(Math.min(runs, 81));
      expect(atMostWords(line, limit)).toBe(runs <= limit);
      // Asked again (now remembered), the answer is the same.
      expect(atMostWords(line, limit)).toBe(runs <= limit);
    }, 2000);
  });

  it('normalizes a whole file into the lines that normalizing each line gives', () => {
    const piece = fc.constantFrom('a', 'E', ' ', '\t', '\n', '\r', '\r\n', '\u000b', '\u0085', '\u2028', '\u0301', '\u0327', '\u0000', '\u001f', '\u0090', '\u00ad', '\u200b', '\ufeff', 'Å', '\u212b', 'ﬁ', '\u00a0', '\ud83d');
    assertCounted('normalize whole file', [fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))], (text) => {
      const perLine = text.split(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/).map(normalizeLine);
      expect(normalizeToLines(text)).toEqual(perLine);
    }, 2000);
  });
});
