// Sourcebench offsets are JavaScript string indices (UTF-16 code units); the
// W3C selectors and REFI-QDA count Unicode code points. One converter per text
// answers both ways by binary search over where its astral characters sit.

export interface OffsetConverter {
  /** Code points before the UTF-16 index (an index inside a pair counts that character as passed). */
  toCodePoints(utf16: number): number;
  /** The UTF-16 index of the given code point offset, or null when it lies outside the text. */
  toUtf16(codePoints: number): number | null;
  readonly codePointLength: number;
}

export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 indices of the high surrogates that start astral characters, in order.
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i += 1;
      }
    }
  }
  const codePointLength = text.length - astral.length;
  return {
    codePointLength,
    toCodePoints(utf16) {
      // Pairs that end at or before utf16 each took two units for one character.
      return utf16 - countBelow(astral, utf16 - 1);
    },
    toUtf16(codePoints) {
      if (!Number.isSafeInteger(codePoints) || codePoints < 0 || codePoints > codePointLength) return null;
      // The index i with i - (pairs starting before i) = codePoints; pairs starting before it shift it by one each.
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        // The pair at astral[mid] starts at code point astral[mid] - mid.
        if ((astral[mid] as number) - mid < codePoints) lo = mid + 1;
        else hi = mid;
      }
      return codePoints + lo;
    },
  };
}

/** How many entries of the sorted list are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
