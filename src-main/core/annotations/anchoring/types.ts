// The data shapes of the anchoring engine: W3C Web Annotation text selectors and re-anchoring results.
// Kept free of logic so the database, IPC and renderer layers can import them without pulling in the engine.

/** JS string (UTF-16 code unit) indices into a source's reading text; `end` is exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** The highlighted words plus up to CONTEXT_LENGTH characters either side, as they were when last anchored. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * anchored: same words at the same position. moved: same words (up to whitespace/quote-mark
 * differences) at a new position; safe to update silently. fuzzy: the words changed or the match is
 * uncertain; the user should review. orphaned: no acceptable match.
 */
export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';

export interface AnchorTarget {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

export interface AnchorResult {
  status: AnchorStatus;
  /** null only when orphaned */
  position: TextPositionSelector | null;
  /** The text now at `position` with fresh context; null only when orphaned. */
  quote: TextQuoteSelector | null;
  /** Match confidence in [0, 1]; for orphaned, the best rejected candidate's score (0 if none). */
  score: number;
}

export interface ReanchorOptions {
  /**
   * Length of the text the targets were described against. When known, the stored position is scaled by
   * newLength / oldTextLength to predict where the passage is now.
   */
  oldTextLength?: number;
}
