// Judgements about the shape of a single line (is it blank, a name, a headline, prose),
// shared by the noise rules and the metadata readers so they agree on what a line "is".

const BULLETS = /^[\s•·▪▫◦‣∙●○■□►▶→»*+|–—-]+/u;
const TRAILING_DECORATION = /[\s|•·]+$/u;

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

// Counted by hand: every rule asks this of every line, and splitting long lines into arrays
// made it the slowest step on large imports.
export function wordCount(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  if (!SPACE_OTHER_THAN_BLANK.test(text)) return blankSeparatedWordCount(text, stopAbove);
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length && count <= stopAbove; index += 1) {
    if (isSpace(text.charCodeAt(index))) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      count += 1;
    }
  }
  return count;
}

/** True when the text has no more than `max` words; stops reading as soon as it has more. */
export function atMostWords(text: string, max: number): boolean {
  return max <= COUNTED_UP_TO ? boundedWordCount(text) <= max : wordCount(text, max) <= max;
}

// A line is asked its length in words by most rules and readers, each with its own limit:
// counted once up to the largest common limit, and remembered for the lines seen last (keyed
// by the text, whose hash V8 keeps), this was a fifth of extraction's time before.
const COUNTED_UP_TO = 80;
const MAX_REMEMBERED_CHARACTERS = 2_000_000;
const recentCounts = new Map<string, number>();
let rememberedCharacters = 0;

/** The number of words, exact up to 80; any longer text gives 81. */
export function boundedWordCount(text: string): number {
  const known = recentCounts.get(text);
  if (known !== undefined) return known;
  const count = wordCount(text, COUNTED_UP_TO);
  if (rememberedCharacters + text.length > MAX_REMEMBERED_CHARACTERS) {
    recentCounts.clear();
    rememberedCharacters = 0;
  }
  recentCounts.set(text, count);
  rememberedCharacters += text.length;
  return count;
}

const SPACE_OTHER_THAN_BLANK = /[^\S ]/;

// Most lines separate words with plain spaces only; jumping from one to the next with indexOf
// counts them several times faster than looking at every character.
function blankSeparatedWordCount(text: string, stopAbove: number): number {
  let count = 0;
  let from = 0;
  while (from < text.length && count <= stopAbove) {
    const blank = text.indexOf(' ', from);
    const end = blank < 0 ? text.length : blank;
    if (end > from) count += 1;
    from = end + 1;
  }
  return count;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The line without leading bullets, dashes or pipes and trailing separators. */
export function stripDecoration(line: string): string {
  return line.replace(BULLETS, '').replace(TRAILING_DECORATION, '').trim();
}

/** A form for comparing two lines: case, spacing, quotes and edge punctuation do not count. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/[“”„‟]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Ends the way a sentence does: a full stop, question or exclamation mark, maybe inside quotes. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(text.trim());
}

// Lowercase particles that belong inside personal names in many languages.
const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della',
  'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'y', 'e', 'st.',
]);

const MAX_NAME_LENGTH = 80;

/** Two to five words that read as a person's name: capitalised words, initials and particles. */
export function isNameLike(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) return false;
  const tokens = words(text.trim());
  if (tokens.length < 2 || tokens.length > 5) return false;
  let capitalised = 0;
  for (const token of tokens) {
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(token) || /^(?:al|el|ad|as|an|ash|ibn|bin)-\p{Lu}[\p{L}'’-]*$/u.test(token)) {
      capitalised += 1;
    } else if (!NAME_PARTICLES.has(token)) {
      return false;
    }
  }
  return capitalised >= 2;
}

/**
 * Reads as a headline: a handful of words, not a sentence ending in a full stop, not a list
 * item, not a label ("Source: …") and mostly letters.
 */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 6 || text.length > 200) return false;
  const count = wordCount(text);
  if (count < 2 || count > 30) return false;
  if (/^[•·▪◦*+–—-]\s|^\d+[.)-]\s/u.test(text)) return false;
  if (/[.;,]$/u.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false;
  if (/^[\p{L}][\p{L} ]{0,25}:\s*\S/u.test(text) && count <= 4) return false;
  if (/https?:\/\/|www\./i.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters / text.length >= 0.6;
}

// Shorter sentences are as likely standfirsts, captions or headings as body text.
const MIN_PROSE_WORDS = 30;

/** A paragraph of running text: long and ending like a sentence. */
export function isProse(line: string): boolean {
  return !atMostWords(line, MIN_PROSE_WORDS - 1) && endsLikeSentence(line);
}

/** True when every letter is uppercase (and there are letters at all). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
