// A generated English-like vocabulary with Zipf-like frequencies: a few very
// common words (the FTS "common term" case), a long tail of rare ones.

import { createPrng, type Prng } from './prng.ts';

const onsets = ['b', 'bl', 'br', 'c', 'ch', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'fr', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'sl', 'st', 't', 'th', 'tr', 'v', 'w', 'wh', ''];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ea', 'ai', 'ou', 'ee', 'oo'];
const codas = ['', 'n', 'r', 's', 't', 'nd', 'st', 'ng', 'l', 'm', 'ck', 'rd', 'nt', 'ss'];
/** Real function words first, so the commonest tokens look like English ones. */
const functionWords = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'it', 'were', 'had'];

export interface Vocabulary {
  words: readonly string[];
  /** A word drawn with Zipf-like frequency (rank r has weight 1/r). */
  draw(prng: Prng): string;
}

export function createVocabulary(size = 20_000, seed = 7): Vocabulary {
  const prng = createPrng(seed);
  const seen = new Set<string>(functionWords);
  const words = [...functionWords];
  while (words.length < size) {
    // Mostly one or two syllables: English word lengths, not tongue-twisters.
    const syllables = prng.next() < 0.45 ? 1 : prng.next() < 0.85 ? 2 : 3;
    let word = '';
    for (let s = 0; s < syllables; s += 1) word += prng.pick(onsets) + prng.pick(vowels) + prng.pick(codas);
    if (word.length >= 2 && !seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // Cumulative 1/r weights, searched by bisection: O(log n) per word drawn.
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r += 1) {
    sum += 1 / (r + 1);
    cumulative[r] = sum;
  }
  return {
    words,
    draw(p) {
      const target = p.next() * sum;
      let lo = 0;
      let hi = words.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
        else hi = mid;
      }
      return words[lo] ?? 'the';
    },
  };
}
