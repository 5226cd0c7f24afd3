// Turns compare.sources' aligned rows into the rows the view draws: the aligned rows in the first source's
// order, with each source's unaligned paragraphs slotted in as gap rows next to their nearest aligned neighbour.

import type { SideBySideRow } from '../../../src-main/core/compare/align-sources.ts';
import type { DiffPart } from '../../../src-main/core/compare/align/word-diff.ts';

export interface DisplayCell {
  start: number;
  end: number;
  text: string;
  /** Set on another source's aligned passage: how surely it says what the first source's does, and the words that differ. */
  score: number | null;
  diff: DiffPart[];
}

export interface DisplayRow {
  key: string;
  aligned: boolean;
  cells: (DisplayCell | null)[];
}

interface Span {
  start: number;
  end: number;
}

export function displayRows(rows: readonly SideBySideRow[], texts: readonly string[]): DisplayRow[] {
  const aligned = rows.map((row) => row.cells.map((cell, k) => (cell ? { ...cell.passage, score: k === 0 ? null : cell.score, diff: k === 0 ? [] : cell.diff } : null)));
  // gaps[anchor][source] = unaligned paragraphs drawn just before aligned row `anchor` (anchor = rows.length: at the end).
  const gaps: DisplayCell[][][] = Array.from({ length: aligned.length + 1 }, () => texts.map(() => []));
  texts.forEach((text, k) => {
    const covered = aligned.flatMap((cells) => (cells[k] ? [{ start: cells[k].start, end: cells[k].end }] : []));
    for (const span of uncovered(text, covered)) {
      const anchor = k === 0 ? aligned.filter((cells) => (cells[0]?.start ?? 0) < span.start).length : anchorAfter(aligned, k, span.start);
      gaps[anchor]?.[k]?.push({ ...span, text: text.slice(span.start, span.end), score: null, diff: [] });
    }
  });
  const out: DisplayRow[] = [];
  gaps.forEach((perSource, anchor) => {
    const height = Math.max(0, ...perSource.map((g) => g.length));
    for (let j = 0; j < height; j += 1) out.push({ key: `gap-${anchor}-${j}`, aligned: false, cells: perSource.map((g) => g[j] ?? null) });
    const row = aligned[anchor];
    if (row) out.push({ key: `row-${anchor}`, aligned: true, cells: row });
  });
  return out;
}

/** Just after the aligned row whose passage in source k ends last before `start` (0 when none does). */
function anchorAfter(aligned: readonly (DisplayCell | null)[][], k: number, start: number): number {
  let best = -1;
  let bestEnd = -1;
  aligned.forEach((cells, i) => {
    const cell = cells[k];
    if (cell && cell.end <= start && cell.end > bestEnd) {
      best = i;
      bestEnd = cell.end;
    }
  });
  return best + 1;
}

/** The paragraphs (trimmed, non-empty) of the text that no aligned passage covers. */
export function uncovered(text: string, covered: readonly Span[]): Span[] {
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const free: Span[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start > at) free.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < text.length) free.push({ start: at, end: text.length });
  const out: Span[] = [];
  for (const span of free) {
    const piece = text.slice(span.start, span.end);
    const lines = /[^\n]+/g;
    for (let m = lines.exec(piece); m !== null; m = lines.exec(piece)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (/[\p{L}\p{N}]/u.test(body)) out.push({ start: span.start + m.index + lead, end: span.start + m.index + lead + body.length });
    }
  }
  return out;
}
