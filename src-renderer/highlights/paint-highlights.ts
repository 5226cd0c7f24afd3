// Draws highlights over the reading text with the CSS Custom Highlight API:
// Range objects registered in CSS.highlights and styled by ::highlight() rules
// in highlights.css. The text DOM itself is never touched.

import { highlightColors, isPlaced, type Highlight } from './highlight-types.ts';
import { assignLanes } from './selection-offsets.ts';
import { rangeForOffsets, type DrawnText } from './text-dom.ts';

/** Overlapping highlights go to separate lanes so their translucent colors stack; deeper nesting shares the last lane. */
export const paintLanes = 3;
export const selectedName = 'sb-selected';
export const reviewName = 'sb-review';

const colorNames = highlightColors.flatMap((color) => Array.from({ length: paintLanes }, (_, lane) => colorName(color, lane)));
const allNames = [...colorNames, reviewName, selectedName];

export function colorName(color: string, lane: number): string {
  return `sb-${color}-${lane}`;
}

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces everything this module painted with the given highlights. */
export function paintHighlights(drawn: DrawnText, highlights: readonly Highlight[], selectedId: string | null): void {
  if (!supportsCustomHighlights()) return;
  const placed = highlights.filter(isPlaced);
  const lanes = assignLanes(placed, paintLanes);
  const groups = new Map<string, Range[]>();
  const add = (name: string, range: Range) => {
    const group = groups.get(name);
    if (group) group.push(range);
    else groups.set(name, [range]);
  };
  for (const highlight of placed) {
    const range = rangeForOffsets(drawn, highlight.start, highlight.end);
    if (range === null) continue;
    add(colorName(highlight.color, lanes.get(highlight.id) ?? 0), range);
    // The open highlight's underline replaces the review mark: two underlines on one line read as noise.
    if (highlight.id === selectedId) add(selectedName, range);
    else if (highlight.status === 'fuzzy') add(reviewName, range);
  }
  for (const name of allNames) {
    const ranges = groups.get(name);
    if (ranges === undefined) {
      CSS.highlights.delete(name);
      continue;
    }
    const painted = new Highlight(...ranges);
    painted.priority = priorityOf(name);
    CSS.highlights.set(name, painted);
  }
}

/** Higher priority paints on top: the selection mark over the review mark over the colors, deeper lanes over shallower. */
function priorityOf(name: string): number {
  if (name === selectedName) return 20;
  if (name === reviewName) return 10;
  return Number(name.slice(name.lastIndexOf('-') + 1));
}

export function clearHighlights(): void {
  if (!supportsCustomHighlights()) return;
  for (const name of allNames) CSS.highlights.delete(name);
}
