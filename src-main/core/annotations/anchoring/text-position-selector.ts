// Validation of position selectors against a text: the one place that decides what a usable range is.
// Shared by describeRange (reject bad selections) and reanchor (treat corrupt stored targets as orphaned).

import type { TextPositionSelector } from './types.ts';

/** Why a range is unusable, or null when it is fine. */
export function rangeProblem(textLength: number, start: number, end: number): string | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return 'start and end must be integers';
  if (start < 0 || end > textLength) return `range ${start}..${end} is outside the text (length ${textLength})`;
  if (end <= start) return `range ${start}..${end} is empty`;
  return null;
}

/** Stored selectors come back from a database: tolerate anything, accept only a non-empty integer range. */
export function isStoredPositionUsable(position: TextPositionSelector | null | undefined): boolean {
  return (
    typeof position === 'object' &&
    position !== null &&
    Number.isSafeInteger(position.start) &&
    Number.isSafeInteger(position.end) &&
    position.start >= 0 &&
    position.end > position.start
  );
}
