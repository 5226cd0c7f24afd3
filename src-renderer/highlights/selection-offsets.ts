// The arithmetic between the reader's paragraphs and reading-text offsets,
// kept free of the DOM so it can be unit-tested: selection boundaries to
// {start, end}, offsets back to paragraph positions, and hit-testing.

/** One drawn paragraph: where it starts in the reading text and how many characters it shows. */
export interface ParagraphSpan {
  start: number;
  length: number;
}

/**
 * Where a selection boundary fell, as the DOM glue resolves it:
 * inside paragraph `paragraph`, `offset` characters in; or between paragraphs,
 * just before paragraph `before` (0 = before the text, paragraphs.length = after it).
 */
export type BoundaryPlace = { kind: 'inside'; paragraph: number; offset: number } | { kind: 'between'; before: number };

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The reading-text range a selection covers, clipped to the text: a boundary
 * outside the text column snaps to the nearest paragraph edge. Null when nothing
 * of the text is covered (or only whitespace).
 */
export function selectionToOffsets(paragraphs: readonly ParagraphSpan[], from: BoundaryPlace, to: BoundaryPlace, text?: string): TextRange | null {
  if (paragraphs.length === 0) return null;
  let start = boundaryOffset(paragraphs, from, 'start');
  let end = boundaryOffset(paragraphs, to, 'end');
  // A backwards pair (focus before anchor) covers the same characters.
  if (end < start) {
    const otherStart = boundaryOffset(paragraphs, to, 'start');
    const otherEnd = boundaryOffset(paragraphs, from, 'end');
    start = otherStart;
    end = otherEnd;
  }
  if (end <= start) return null;
  return text === undefined ? { start, end } : trimWhitespace(text, { start, end });
}

/** The range without whitespace at either edge (a double-click or a sloppy drag often takes a space along). */
export function trimWhitespace(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}

function boundaryOffset(paragraphs: readonly ParagraphSpan[], place: BoundaryPlace, side: 'start' | 'end'): number {
  if (place.kind === 'inside') {
    const paragraph = paragraphs[clamp(place.paragraph, 0, paragraphs.length - 1)] as ParagraphSpan;
    return paragraph.start + clamp(place.offset, 0, paragraph.length);
  }
  const before = clamp(place.before, 0, paragraphs.length);
  // A start between paragraphs begins at the next one; an end between them stops after the previous one.
  if (side === 'start') {
    const next = paragraphs[before];
    return next ? next.start : endOf(paragraphs[paragraphs.length - 1] as ParagraphSpan);
  }
  const previous = paragraphs[before - 1];
  return previous ? endOf(previous) : (paragraphs[0] as ParagraphSpan).start;
}

/**
 * Where a reading-text offset is drawn: the paragraph and the offset inside it.
 * An offset in the blank lines between paragraphs moves forward (a start) or back (an end)
 * to the nearest drawn character. Null when there is no drawn text on that side.
 */
export function locateOffset(paragraphs: readonly ParagraphSpan[], offset: number, side: 'start' | 'end'): { paragraph: number; offset: number } | null {
  // The last paragraph starting at or before the offset.
  let low = 0;
  let high = paragraphs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((paragraphs[middle] as ParagraphSpan).start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const containing = found === -1 ? null : (paragraphs[found] as ParagraphSpan);
  if (containing && offset <= endOf(containing)) {
    // An end exactly at a paragraph's start would draw nothing there; it belongs to the end of the previous one.
    if (side === 'end' && offset === containing.start && found > 0) return { paragraph: found - 1, offset: (paragraphs[found - 1] as ParagraphSpan).length };
    return { paragraph: found, offset: offset - containing.start };
  }
  if (side === 'start') {
    const next = found + 1;
    return next < paragraphs.length ? { paragraph: next, offset: 0 } : null;
  }
  return containing ? { paragraph: found, offset: containing.length } : null;
}

/** The reading-text offset of a point inside a paragraph (the inverse of locateOffset). */
export function paragraphOffset(paragraphs: readonly ParagraphSpan[], paragraph: number, offset: number): number | null {
  const span = paragraphs[paragraph];
  return span ? span.start + clamp(offset, 0, span.length) : null;
}

export interface PlacedRange extends TextRange {
  id: string;
}

/** Of the ranges covering the character at `offset`, the innermost (shortest); null when none does. */
export function innermostAt<T extends PlacedRange>(ranges: readonly T[], offset: number): T | null {
  let best: T | null = null;
  for (const range of ranges) {
    if (range.start <= offset && offset < range.end && (best === null || range.end - range.start < best.end - best.start)) best = range;
  }
  return best;
}

/**
 * Lanes for overlapping ranges, as in a calendar: ranges in one lane never
 * overlap, so each lane can be painted as one CSS highlight and overlaps (even of
 * one color) stack into a darker tone. Returns the lane of each range by id.
 */
export function assignLanes(ranges: readonly PlacedRange[], maxLanes: number): Map<string, number> {
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  const ordered = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const range of ordered) {
    let lane = laneEnds.findIndex((end) => end <= range.start);
    if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, range.end);
    lanes.set(range.id, lane);
  }
  return lanes;
}

function endOf(paragraph: ParagraphSpan): number {
  return paragraph.start + paragraph.length;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
