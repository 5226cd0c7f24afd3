// Where a text selection lies in a source: the selected cell's own text (struck "ghost" words excluded)
// counted from the cell's start offset, so the core can search the same characters.

export interface CellSelection {
  sourceIndex: number;
  start: number;
  end: number;
}

export function selectionInCell(selection: Selection | null): CellSelection | null {
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const cell = closestCell(range.startContainer);
  if (cell === null || cell !== closestCell(range.endContainer)) return null;
  const base = Number(cell.dataset['start']);
  const sourceIndex = Number(cell.dataset['sourceIndex']);
  const from = charsBefore(cell, range.startContainer, range.startOffset);
  const to = charsBefore(cell, range.endContainer, range.endOffset);
  if (!Number.isFinite(base) || to <= from) return null;
  return { sourceIndex, start: base + from, end: base + to };
}

function closestCell(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-cell-text]') ?? null;
}

/** Characters of the cell's own text before the boundary (node, offset). */
function charsBefore(cell: HTMLElement, node: Node, offset: number): number {
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    if (text.parentElement?.closest('[data-ghost]')) continue;
    const length = (text as Text).data.length;
    const position = boundary.comparePoint(text, 0);
    if (position > 0) break; // this text node starts after the boundary
    if (text === node) return count + Math.min(offset, length);
    if (boundary.comparePoint(text, length) <= 0) count += length;
    else return count; // the boundary sits inside an element within this node's range
  }
  return count;
}
