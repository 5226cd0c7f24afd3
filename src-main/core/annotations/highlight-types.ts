// The shapes of a highlight as the contract returns them: its selectors
// (offsets into the source's current reading text), status, note and tags.

import type { AnchorStatus } from './anchoring/types.ts';
import type { TagColor } from '../codebook/tag-types.ts';

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export type HighlightColor = (typeof highlightColors)[number];

export interface TagRef {
  id: string;
  name: string;
  color: TagColor;
}

export interface Highlight {
  id: string;
  sourceId: string;
  /** Offsets into the current reading text; null when the passage is orphaned. */
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  /** The words before a fuzzy re-anchor, for the user to compare; null otherwise. */
  previousExact: string | null;
  color: HighlightColor;
  note: string;
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
}
