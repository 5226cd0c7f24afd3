// Which blocks of a whole page belong to the article Readability found. Readability hands back
// a cleaned copy, not the page's own nodes, so page and article blocks are matched by text.

import { wordCount } from './line-shape.ts';

// How far ahead in the article a page block may match, so one early repeat cannot derail the rest.
const LOOKAHEAD = 40;
// Long blocks whose text sits inside the article count as article even if Readability split or
// merged them differently; short ones ("Home", "Share") must match a whole article block.
const MIN_WORDS_FOR_CONTAINED = 6;

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** For each page block text, whether it is part of the article. */
export function matchArticle(pageTexts: readonly string[], articleTexts: readonly string[]): boolean[] {
  const articleKeys = articleTexts.map(key);
  const articleWhole = articleKeys.join(' ');
  let next = 0;
  return pageTexts.map((text) => {
    const wanted = key(text);
    const end = Math.min(articleKeys.length, next + LOOKAHEAD);
    for (let index = next; index < end; index += 1) {
      if (articleKeys[index] === wanted) {
        next = index + 1;
        return true;
      }
    }
    return wordCount(wanted) >= MIN_WORDS_FOR_CONTAINED && articleWhole.includes(wanted);
  });
}
