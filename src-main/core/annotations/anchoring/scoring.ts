// Scores candidate matches and decides which status each may earn. Every threshold was set from the
// scripted-revision harness (bench/reanchor-accuracy.ts, tests/unit/anchoring/) on the Baghdad corpus.
//
// MEASUREMENTS (3 documents, ~1,540 highlights of 1–400 chars, 13 revision kinds, ~19.5k cases; context
// similarity = 1 - edit distance / length, anchored at the side touching the quote):
// - True location of an exact quote: one side of context exactly intact in >99% of cases, every length.
// - Other copies of the same words (boundary kinds agreeing): 1–3 chars 490k copies, of which those with
//   one side intact and the other >= 0.75: 1 (a repeated title). 4–12 chars: 20k copies, 0. 13–32 chars:
//   608 copies, none with any side intact. 33+ chars: no copy other than the true place ever occurred.
//   Hence: one intact side + other side >= 0.75 (otherSide) for short quotes, one intact side from 13
//   chars (shortQuote), and no context needed to *find* 33+ char quotes (longQuote), only to move them
//   silently (longQuoteSide 0.5; otherwise they are offered for review).
// - Words added or cut right next to a passage shift it by at most 38 chars (median 19) while destroying
//   that side's context; the nearest wrong 4–12 char copy with an intact side was 1,096 chars away, so
//   "one side intact within 64 chars" (near) is accepted. For 1–3 char words wrong copies with an intact
//   side sat 1, 11 and 19 chars away (a "the" at a paragraph seam), so they always need both sides.
// - Fuzzy: correct review matches scored >= 0.80 (quote >= 0.6 with intact context); the worst wrong
//   offer (a near-paraphrase sentence elsewhere, 'to PM Al-Kadhimi and' vs 'to both Kadhimi and') scored
//   0.759. fuzzyTotal = 0.78 sits between. fuzzyQuote = 0.6: rewrites "beyond recognition" are <= 0.4
//   similar; below 0.6 short phrases with a word inserted are missed (orphaned, visible) rather than risked.
// - Weights: the quote dominates (50), each side of context 20, position 10 (a tie-breaker between
//   equally supported copies: 1 at the expected place, 1/2 at 500 chars).
// Result with these values: 0 wrong attachments in every kind; per-kind accuracy in the bench table.

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
  /** Quotes at least this long are evidence by themselves (no copy elsewhere was ever seen). */
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
  /** Changed words: the least quote similarity worth offering for review. */
  fuzzyQuote: 0.6,
  /** Changed words: the least weighted total (quote, context, position) worth offering for review. */
  fuzzyTotal: 0.78,
} as const;

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
 * Context support for exact words found elsewhere: one side of the stored context intact, and the
 * other mostly intact, or the quote long enough (13+) that one side suffices, or the match right where
 * the passage was expected. A word of 1–3 characters recurs every few lines, so for it "nearby" proves
 * nothing (measured: "the" at a paragraph seam whose boilerplate tail matched): both sides must hold.
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

/** Whether every rule that could accept a quote of this length needs one side of context exactly intact. */
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
