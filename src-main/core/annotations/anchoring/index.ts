// Public face of the anchoring engine: build selectors from a selection, re-anchor them on revised text.
// Everything else in this folder is an implementation detail and may change with the measurements.

export { describeRange } from './describe-range.ts';
export { reanchor, reanchorMany } from './reanchor.ts';
export { CONTEXT_LENGTH } from './text-quote-selector.ts';
export type {
  AnchorResult,
  AnchorStatus,
  AnchorTarget,
  ReanchorOptions,
  TextPositionSelector,
  TextQuoteSelector,
} from './types.ts';
