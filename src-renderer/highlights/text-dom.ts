// The DOM side of the reading text: its paragraphs (each `<p data-offset>`),
// DOM points to reading-text offsets and back, and the character under the pointer.
// The arithmetic itself lives in selection-offsets.ts.

import {
  locateOffset,
  paragraphOffset,
  selectionToOffsets,
  type BoundaryPlace,
  type ParagraphSpan,
  type TextRange,
} from './selection-offsets.ts';

export interface DrawnText {
  root: HTMLElement;
  elements: HTMLElement[];
  spans: ParagraphSpan[];
}

/** The paragraphs as drawn right now; the DOM is the truth, so a re-render never leaves this stale. */
export function readDrawnText(root: HTMLElement): DrawnText {
  const elements = Array.from(root.querySelectorAll<HTMLElement>('p[data-offset]'));
  const spans = elements.map((element) => ({ start: Number(element.dataset['offset']), length: (element.textContent ?? '').length }));
  return { root, elements, spans };
}

/** The reading-text range of the document's selection, clipped to the text; null when it covers none of it. */
export function selectionOffsets(drawn: DrawnText, text: string): TextRange | null {
  const selection = document.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(drawn.root)) return null;
  const from = boundaryPlace(drawn, range.startContainer, range.startOffset);
  const to = boundaryPlace(drawn, range.endContainer, range.endOffset);
  return selectionToOffsets(drawn.spans, from, to, text);
}

/** Where a DOM point falls relative to the paragraphs. */
export function boundaryPlace(drawn: DrawnText, node: Node, offset: number): BoundaryPlace {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('p[data-offset]');
  const index = paragraph ? drawn.elements.indexOf(paragraph) : -1;
  if (paragraph && index !== -1) {
    // Counting the characters from the paragraph's start copes with any markup inside it.
    const before = document.createRange();
    before.selectNodeContents(paragraph);
    before.setEnd(node, offset);
    return { kind: 'inside', paragraph: index, offset: before.toString().length };
  }
  return { kind: 'between', before: paragraphsBefore(drawn.elements, node, offset) };
}

/** How many paragraphs start before the point (binary search: they are in document order). */
function paragraphsBefore(elements: readonly HTMLElement[], node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // comparePoint: 1 when (paragraph, 0) lies after the collapsed point.
    if (point.comparePoint(elements[middle] as HTMLElement, 0) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A DOM Range over reading-text offsets, or null when none of it is drawn. */
export function rangeForOffsets(drawn: DrawnText, start: number, end: number): Range | null {
  const from = locateOffset(drawn.spans, start, 'start');
  const to = locateOffset(drawn.spans, end, 'end');
  if (from === null || to === null) return null;
  if (from.paragraph > to.paragraph || (from.paragraph === to.paragraph && from.offset >= to.offset)) return null;
  const range = document.createRange();
  const startPoint = textPoint(drawn.elements[from.paragraph] as HTMLElement, from.offset);
  const endPoint = textPoint(drawn.elements[to.paragraph] as HTMLElement, to.offset);
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

/** The text node and offset `offset` characters into a paragraph. */
function textPoint(paragraph: HTMLElement, offset: number): { node: Node; offset: number } {
  // The common case, a paragraph that is one text node, skips the walker: painting does this thousands of times.
  const only = paragraph.firstChild;
  if (only instanceof Text && only.nextSibling === null && offset <= only.length) return { node: only, offset };
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (remaining <= text.length) return { node: text, offset: remaining };
    remaining -= text.length;
    last = text;
  }
  return last ? { node: last, offset: last.length } : { node: paragraph, offset: paragraph.childNodes.length };
}

/**
 * The reading-text offset of the character under the pointer, or null when the
 * pointer is not over a character of the text (margins, blank space after a line).
 */
export function characterAtPoint(drawn: DrawnText, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (caret === null || !drawn.root.contains(caret.node)) return null;
  const place = boundaryPlace(drawn, caret.node, caret.offset);
  if (place.kind !== 'inside') return null;
  const at = paragraphOffset(drawn.spans, place.paragraph, place.offset);
  if (at === null) return null;
  // The caret sits between two characters; the one actually under the pointer is either of them.
  for (const candidate of [at, at - 1]) {
    const range = rangeForOffsets(drawn, candidate, candidate + 1);
    if (range && Array.from(range.getClientRects()).some((rect) => contains(rect, x, y))) return candidate;
  }
  return null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}
