// Builds quote selectors (exact text plus surrounding context) from a text and a range.
// Context length follows the Hypothesis client so stored selectors interoperate with W3C tooling.

import type { TextQuoteSelector } from './types.ts';

/** Characters of context kept on each side; enough to tell repeated words apart, small enough to store. */
export const CONTEXT_LENGTH = 32;

/** Assumes a valid range; callers validate first. */
export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
}
