// A highlight exactly as the contract returns it, and the renderer's list of
// the six highlight colors (checked against the contract's, both ways).

import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import type { HighlightColor } from '../../src-main/core/annotations/highlight-types.ts';

export type Highlight = OperationOutput<'annotations.get'>;
export type { HighlightColor };
export type HighlightStatus = Highlight['status'];

/** A highlight with a place in the current text (not orphaned). */
export type PlacedHighlight = Highlight & { start: number; end: number };

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const satisfies readonly HighlightColor[];

// Fails to compile when the contract gains a color this list lacks.
type MissingColor = Exclude<HighlightColor, (typeof highlightColors)[number]>;
const everyColorListed: MissingColor extends never ? true : false = true;
void everyColorListed;

export const highlightColorLabels: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
};

/** Generic so that painting can ask it of a highlight still being saved, which has only these fields. */
export function isPlaced<T extends Pick<Highlight, 'start' | 'end' | 'status'>>(highlight: T): highlight is T & { start: number; end: number } {
  return highlight.start !== null && highlight.end !== null && highlight.status !== 'orphaned';
}
