// Draws highlights over the reading text with the CSS Custom Highlight API:
// Range objects registered in CSS.highlights and styled by ::highlight() rules
// in highlights.css. The text DOM itself is never touched.

import { highlightColors, isPlaced, type Highlight } from './highlight-types.ts';
import { assignLanes } from './selection-offsets.ts';
import { rangeForOffsets, readDrawnText, type DrawnText } from './text-dom.ts';

/** Overlapping highlights go to separate lanes so their translucent colors stack; deeper nesting shares the last lane. */
export const paintLanes = 3;
export const selectedName = 'sb-selected';
export const reviewName = 'sb-review';

const colorNames = highlightColors.flatMap((color) => Array.from({ length: paintLanes }, (_, lane) => colorName(color, lane)));
const allNames = [...colorNames, reviewName, selectedName];

/** What painting needs of a highlight; a highlight still being saved has these too. */
export type PaintableHighlight = Pick<Highlight, 'id' | 'start' | 'end' | 'color' | 'status'>;

export function colorName(color: string, lane: number): string {
  return `sb-${color}-${lane}`;
}

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

interface PaintedRange {
  /** Offsets and highlight names: when these are unchanged the range stays as it is. */
  key: string;
  range: Range;
  names: string[];
}

/**
 * Keeps CSS.highlights in step with a list of highlights. Ranges are kept between
 * updates and only those whose place, color, lane or marks changed are redone:
 * with thousands of highlights, rebuilding all of them on each change cost more than a frame.
 */
export class HighlightPainter {
  #drawn: DrawnText | null = null;
  #text = '';
  #painted = new Map<string, PaintedRange>();
  /** The registered highlight of each name, kept here: looking it up in CSS.highlights for every range costs more. */
  #groups = new Map<string, globalThis.Highlight>();

  /** Paints `highlights` over the paragraphs in `root`, which show `text`. */
  update(root: HTMLElement, text: string, highlights: readonly PaintableHighlight[], selectedId: string | null): void {
    if (!supportsCustomHighlights()) return;
    // A new text means new paragraphs (new DOM nodes): no old range is valid.
    if (this.#drawn?.root !== root || this.#text !== text) {
      this.clear();
      this.#drawn = readDrawnText(root);
      this.#text = text;
    }
    const drawn = this.#drawn;
    const placed = highlights.filter(isPlaced);
    const lanes = assignLanes(placed, paintLanes);
    const gone = new Set(this.#painted.keys());
    for (const highlight of placed) {
      gone.delete(highlight.id);
      const names = namesOf(highlight, lanes.get(highlight.id) ?? 0, selectedId);
      const key = `${highlight.start}-${highlight.end} ${names.join(' ')}`;
      const old = this.#painted.get(highlight.id);
      if (old?.key === key) continue;
      if (old) this.#unregister(old);
      const range = rangeForOffsets(drawn, highlight.start, highlight.end);
      if (range === null) {
        this.#painted.delete(highlight.id);
        continue;
      }
      const painted = { key, range, names };
      for (const name of names) this.#group(name).add(range);
      this.#painted.set(highlight.id, painted);
    }
    for (const id of gone) {
      this.#unregister(this.#painted.get(id) as PaintedRange);
      this.#painted.delete(id);
    }
  }

  /** Removes everything this painter drew. */
  clear(): void {
    if (supportsCustomHighlights()) for (const name of allNames) CSS.highlights.delete(name);
    this.#groups.clear();
    this.#painted.clear();
    this.#drawn = null;
  }

  /** The registered highlight of that name, created (with its priority) on first use. */
  #group(name: string): globalThis.Highlight {
    let painted = this.#groups.get(name);
    if (painted === undefined) {
      painted = new Highlight();
      painted.priority = priorityOf(name);
      CSS.highlights.set(name, painted);
      this.#groups.set(name, painted);
    }
    return painted;
  }

  #unregister(painted: PaintedRange): void {
    for (const name of painted.names) this.#groups.get(name)?.delete(painted.range);
  }
}

function namesOf(highlight: PaintableHighlight, lane: number, selectedId: string | null): string[] {
  const color = colorName(highlight.color, lane);
  // The open highlight's underline replaces the review mark: two underlines on one line read as noise.
  if (highlight.id === selectedId) return [color, selectedName];
  if (highlight.status === 'fuzzy') return [color, reviewName];
  return [color];
}

/** Higher priority paints on top: the selection mark over the review mark over the colors, deeper lanes over shallower. */
function priorityOf(name: string): number {
  if (name === selectedName) return 20;
  if (name === reviewName) return 10;
  return Number(name.slice(name.lastIndexOf('-') + 1));
}
