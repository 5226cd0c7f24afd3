// Scores candidate matches and decides which status each may earn. Every threshold below was set from
// the scripted-revision harness (bench/reanchor-accuracy.ts); see MEASUREMENTS for the figures.
//
// MEASUREMENTS (filled in below after the final run)

import { prefixSimilarity, suffixSimilarity } from './similarity.ts';

export interface Query {
  /** Normalized quote, prefix and suffix. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Normalized index where the passage is expected to start. */
  expected: number;
}

export interface Scored {
  start: number;
  end: number;
  /** Similarity of the text at [start, end) to the quote, 1 for exact occurrences. */
  quote: number;
  prefix: number;
  suffix: number;
  /** 1 at the expected position, 1/2 at POSITION_HALF_LIFE characters away, towards 0 beyond. */
  position: number;
  /** The candidate starts and ends on the same kind of boundary (inside a word or not) as the original. */
  boundaries: boolean;
  total: number;
}

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
const POSITION_HALF_LIFE = 500;

export const THRESHOLDS = {
  /** Quotes at least this long are evidence by themselves (no exact copy elsewhere was ever seen). */
  longQuote: 33,
  /**
   * Below this, a quote is "short": it must start and end on the same kind of word boundary as before,
   * and being the only copy at its stored position does not vouch for it.
   */
  shortQuote: 13,
  /** Words this short recur every few lines: both sides of context must hold. */
  veryShortQuote: 3,
  /** One side of context must be intact (similarity 1); the other at least this, unless the match is near. */
  otherSide: 0.75,
  /** "Near": within this many characters of the expected start; covers words added or cut next to the passage. */
  near: 64,
  /** A long quote found exactly elsewhere moves silently only with this much context on one side. */
  longQuoteSide: 0.5,
  fuzzyQuote: 0.6,
  fuzzyTotal: 0.78,
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** A word highlighted whole must not re-anchor to the same letters inside another word, and vice versa. */
function boundariesAgree(text: string, query: Query, start: number, end: number): boolean {
  const before = isWordChar(query.prefix[query.prefix.length - 1]) === isWordChar(text[start - 1]);
  const after = isWordChar(query.suffix[0]) === isWordChar(text[end]);
  return before && after;
}

export function score(text: string, query: Query, start: number, end: number, quoteSimilarity: number): Scored {
  const prefix = prefixSimilarity(text, start, query.prefix);
  const suffix = suffixSimilarity(text, end, query.suffix);
  const position = 1 / (1 + Math.abs(start - query.expected) / POSITION_HALF_LIFE);
  const total =
    (WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
  return { start, end, quote: quoteSimilarity, prefix, suffix, position, boundaries: boundariesAgree(text, query, start, end), total };
}

function isNear(c: Scored): boolean {
  return c.position >= 1 / (1 + THRESHOLDS.near / POSITION_HALF_LIFE);
}

/**
 * The context test shared by exact and fuzzy matches: one side of the stored context intact and the
 * other mostly intact, or one side intact right where the passage was expected. A word of 1–3
 * characters recurs every few lines, so for it "nearby" proves nothing (measured: "the" at a paragraph
 * seam whose boilerplate tail matched) and both sides must hold.
 */
function contextHolds(c: Scored, quoteLength: number): boolean {
  const hi = Math.max(c.prefix, c.suffix);
  const lo = Math.min(c.prefix, c.suffix);
  if (hi < 1) return false;
  if (lo >= THRESHOLDS.otherSide || quoteLength >= THRESHOLDS.shortQuote) return true;
  return quoteLength > THRESHOLDS.veryShortQuote && isNear(c);
}

/**
 * Exact words still at the stored position, with one side of context perfectly intact (not merely
 * similar: filler inserted next to a short word can put a copy of it at the old place, with both
 * sides looking roughly right).
 */
export function keepsStoredPosition(c: Scored, quoteLength: number): boolean {
  const intactSide = Math.max(c.prefix, c.suffix) >= 1;
  return quoteLength >= THRESHOLDS.shortQuote ? intactSide : intactSide && c.boundaries;
}

/** Exact words (up to whitespace and quote marks) elsewhere, well supported: safe to move silently. */
export function earnsMoved(c: Scored, quoteLength: number): boolean {
  if (quoteLength >= THRESHOLDS.longQuote) {
    return Math.max(c.prefix, c.suffix) >= THRESHOLDS.longQuoteSide || contextHolds(c, quoteLength);
  }
  return (quoteLength >= THRESHOLDS.shortQuote || c.boundaries) && contextHolds(c, quoteLength);
}

/** Exact words of a long quote with no context support (a whole moved paragraph, or a copy): review. */
export function earnsReviewAsCopy(quoteLength: number): boolean {
  return quoteLength >= THRESHOLDS.longQuote;
}

/** Changed words: worth offering for review only where the surroundings still say "this is the place". */
export function earnsFuzzy(c: Scored, quoteLength: number): boolean {
  if (c.quote < THRESHOLDS.fuzzyQuote || c.total < THRESHOLDS.fuzzyTotal) return false;
  // Changed words need both sides of context: with one side gone, the lowest-error span tends to shed
  // the edited end of the passage (measured: "11 is not supported." offered for "IE 11 is not supported.").
  const bothSides = Math.max(c.prefix, c.suffix) >= 1 && Math.min(c.prefix, c.suffix) >= THRESHOLDS.otherSide;
  return (quoteLength >= THRESHOLDS.shortQuote || c.boundaries) && bothSides;
}

/** Every acceptance rule for quotes shorter than this needs one side of context exactly intact. */
export function requiresIntactSide(quoteLength: number): boolean {
  return quoteLength < THRESHOLDS.longQuote;
}

/**
 * An accepted match this good is not worth a whole-text search for a better one: a far copy could
 * only win with better context, and a near match with an intact side is what a local edit leaves.
 */
export function settlesSearch(c: Scored): boolean {
  return (c.prefix >= 1 && c.suffix >= 1) || (isNear(c) && Math.max(c.prefix, c.suffix) >= 1);
}

export function better(a: Scored | null, b: Scored | null): Scored | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.total > a.total ? b : a;
}
