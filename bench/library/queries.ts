// The benchmark's search cases, drawn from the generated vocabulary so each
// class behaves as named: rare words (in ~1% of documents), common words (in
// nearly all), 3-letter prefixes, two-word phrases that occur in the text,
// and a half-typed word as search-as-you-type sends it.

import { makeDocument, sharedVocabulary } from '../lib/documents.ts';
import { createPrng } from '../lib/prng.ts';

export interface SearchCase {
  name: 'rare' | 'common' | 'prefix' | 'phrase' | 'typing';
  /** What the user types. */
  queries: string[];
  asYouType: boolean;
}

const functionWords = new Set(sharedVocabulary().words.slice(0, 20));

export function searchCases(perCase: number, librarySize: number): SearchCase[] {
  const { words } = sharedVocabulary();
  const prng = createPrng(5);
  const distinct = (pick: () => string): string[] => {
    const seen = new Set<string>();
    for (let guard = 0; seen.size < perCase && guard < perCase * 50; guard += 1) seen.add(pick());
    return [...seen];
  };
  const rankRange = (from: number, to: number) => () => words[from + prng.int(to - from)] ?? 'the';
  return [
    { name: 'rare', queries: distinct(rankRange(6000, 12_000)), asYouType: false },
    { name: 'common', queries: distinct(rankRange(20, 40)), asYouType: false },
    { name: 'prefix', queries: distinct(() => `${(rankRange(100, 400)()).slice(0, 3)}*`).filter((q) => q.length === 4), asYouType: false },
    { name: 'phrase', queries: distinct(() => phraseFrom(prng.int(librarySize), prng.next())), asYouType: false },
    { name: 'typing', queries: distinct(() => rankRange(300, 1500)().slice(0, 4)).filter((q) => q.length === 4), asYouType: true },
  ];
}

// Two neighbouring content words from a document of the library: a phrase that really occurs.
function phraseFrom(docIndex: number, where: number): string {
  const tokens = makeDocument(docIndex).text.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let k = Math.floor(where * (tokens.length - 2)); k < tokens.length - 1; k += 1) {
    const [a, b] = [tokens[k] ?? '', tokens[k + 1] ?? ''];
    if (!functionWords.has(a) && !functionWords.has(b)) return `"${a} ${b}"`;
  }
  return '"the of"';
}
