// Scores a candidate match and decides which statuses it may earn.
// MEASUREMENTS: (filled in after tuning)

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
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  total: number;
}

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 4 } as const;

export const THRESHOLDS = {
  anchorContext: 0.5,
  moveContext: 0.6,
  moveOneSide: 0.9,
  longQuote: 32,
  fuzzyQuote: 0.6,
  fuzzyTotal: 0.7,
  shortQuote: 12,
  shortContext: 0.75,
  goodEnough: 0.9,
};

export function score(text: string, query: Query, start: number, end: number, quoteSimilarity: number): Scored {
  const prefix = prefixSimilarity(text, start, query.prefix);
  const suffix = suffixSimilarity(text, end, query.suffix);
  const position = 1 - Math.min(1, Math.abs(start - query.expected) / Math.max(1, text.length));
  const total =
    (WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
  return { start, end, quote: quoteSimilarity, prefix, suffix, position, total };
}

export function contextFit(c: Scored): number {
  return (c.prefix + c.suffix) / 2;
}

/** Exact words at the stored position: keep them unless the surroundings say this is another copy. */
export function keepsStoredPosition(c: Scored): boolean {
  return contextFit(c) >= THRESHOLDS.anchorContext;
}

/** Exact words elsewhere, well supported by context: safe to move silently. */
export function earnsMoved(c: Scored): boolean {
  return contextFit(c) >= THRESHOLDS.moveContext || Math.max(c.prefix, c.suffix) >= THRESHOLDS.moveOneSide;
}

/** Exact words elsewhere with no context support: only a long quote is evidence enough, and only for review. */
export function earnsReviewAsCopy(c: Scored, quoteLength: number): boolean {
  return quoteLength >= THRESHOLDS.longQuote;
}

export function earnsFuzzy(c: Scored, quoteLength: number): boolean {
  if (c.quote < THRESHOLDS.fuzzyQuote || c.total < THRESHOLDS.fuzzyTotal) return false;
  if (quoteLength < THRESHOLDS.shortQuote) return Math.min(c.prefix, c.suffix) >= THRESHOLDS.shortContext;
  return true;
}

/** Good enough that searching the rest of the text could not plausibly find better support. */
export function settlesSearch(c: Scored): boolean {
  return contextFit(c) >= THRESHOLDS.goodEnough;
}

export function better(a: Scored | null, b: Scored | null): Scored | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.total > a.total ? b : a;
}
