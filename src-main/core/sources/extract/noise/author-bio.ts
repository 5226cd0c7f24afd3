// The author box sites print after an article: the name twice (avatar alt text, then the
// name), a short bio, a post count ("Articles: 123"), or an "About the author" section.

import { atMostWords, isNameLike } from '../line-shape.ts';
import type { NoiseFlags, NoiseInput, NoiseRule } from './noise-rule.ts';
import { nextContentLines } from './noise-rule.ts';

const POST_COUNT = /^(?:articles|posts|stories|entries|publications|contributions)\s*:?\s*\d[\d,.\s]*$/i;
const ABOUT_HEADING = /^about (?:the )?(?:author|authors|writer|contributor)s?\s*:?$/i;
const BIO_CUE = /^(?:I|I'm|I’m|He|She|They)\b|\b(?:is|was|works as) an? (?:[\p{L}-]+ ){0,3}(?:journalist|writer|reporter|editor|researcher|author|analyst|correspondent|professor|lecturer|fellow|student|contributor|blogger|columnist)\b|\b(?:degree|graduated|holds? an?|studied)\b/iu;
// An author box is short; a longer "bio" is more likely article text, which we never risk.
const MAX_BIO_WORDS = 150;
const MAX_BOX_LINES = 6;

export function isPostCount(line: string): boolean {
  return POST_COUNT.test(line);
}

export const authorBioRule: NoiseRule = (input) => {
  const flags: NoiseFlags = new Map();
  const { lines, skip } = input;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || skip.has(index)) return;
    if (isPostCount(line)) flags.set(index, 'author bio');
    if (ABOUT_HEADING.test(line)) {
      flags.set(index, 'author bio');
      const [bio] = nextContentLines(input, index, 1);
      if (bio !== undefined && atMostWords(lines[bio] ?? '', MAX_BIO_WORDS)) flags.set(bio, 'author bio');
    }
  });
  for (const [first, second] of repeatedNames(input)) flagAuthorBox(input, first, second, flags);
  return flags;
};

// A name-like line immediately repeated, in the second half of the document where author boxes sit.
function repeatedNames(input: NoiseInput): [number, number][] {
  const pairs: [number, number][] = [];
  const half = Math.floor(input.lines.length / 2);
  for (let index = half; index < input.lines.length; index += 1) {
    const line = (input.lines[index] ?? '').trim();
    if (input.skip.has(index) || !isNameLike(line)) continue;
    const [next] = nextContentLines(input, index, 1);
    if (next !== undefined && (input.lines[next] ?? '').trim() === line) pairs.push([index, next]);
  }
  return pairs;
}

// The box runs from the repeated name to a post count when there is one; otherwise only a
// following paragraph that reads like a bio is taken with the name.
function flagAuthorBox(input: NoiseInput, first: number, second: number, flags: NoiseFlags): void {
  flags.set(first, 'author bio');
  flags.set(second, 'author bio');
  const following = nextContentLines(input, second, MAX_BOX_LINES);
  const countAt = following.findIndex((index) => isPostCount((input.lines[index] ?? '').trim()));
  if (countAt >= 0) {
    for (const index of following.slice(0, countAt + 1)) {
      if (atMostWords(input.lines[index] ?? '', MAX_BIO_WORDS)) flags.set(index, 'author bio');
    }
    return;
  }
  const [bio] = following;
  const text = (input.lines[bio ?? -1] ?? '').trim();
  if (bio !== undefined && atMostWords(text, MAX_BIO_WORDS) && BIO_CUE.test(text)) flags.set(bio, 'author bio');
}
