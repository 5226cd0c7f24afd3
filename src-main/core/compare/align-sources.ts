// Compare by source: two sources aligned passage by passage (with word diffs), and two to four side by
// side, rows following the first source's order with each other source's corresponding passage.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { alignTexts, type AlignedPair, type ParagraphPair, type PassageSpan } from './align/align-texts.ts';
import { loadSource, type SourceCard } from './source-claims.ts';

export interface SourceAlignment {
  sourceA: SourceCard;
  sourceB: SourceCard;
  pairs: AlignedPair[];
  paragraphs: ParagraphPair[];
  unmatched: { a: number; b: number };
}

export function alignSources(db: Database.Database, sourceIdA: string, sourceIdB: string, threshold?: number): SourceAlignment {
  if (sourceIdA === sourceIdB) throw new AppError('invalid_input', 'Choose two different sources to align.');
  const a = loadSource(db, sourceIdA);
  const b = loadSource(db, sourceIdB);
  const alignment = alignTexts(a.text, b.text, threshold === undefined ? {} : { threshold });
  return { sourceA: a.card, sourceB: b.card, ...alignment };
}

export interface SideBySideRow {
  /** One cell per source, in the order asked; null where that source has nothing corresponding. */
  cells: ({ passage: PassageSpan; score: number; diff: AlignedPair['diff'] } | null)[];
}

export interface SideBySide {
  sources: SourceCard[];
  rows: SideBySideRow[];
}

/** Rows keyed on the first source's passages; each other source contributes its aligned passage, if any. */
export function sideBySide(db: Database.Database, sourceIds: readonly string[], threshold?: number): SideBySide {
  if (new Set(sourceIds).size !== sourceIds.length) throw new AppError('invalid_input', 'Each source can appear only once.');
  const [first, ...others] = sourceIds.map((id) => loadSource(db, id));
  if (first === undefined) throw new AppError('invalid_input', 'Choose two to four sources.');
  const rows = new Map<number, SideBySideRow>();
  others.forEach((other, k) => {
    const { pairs } = alignTexts(first.text, other.text, threshold === undefined ? {} : { threshold });
    for (const pair of pairs) {
      const key = pair.a.start;
      const row = rows.get(key) ?? { cells: [{ passage: pair.a, score: 1, diff: [] }, ...others.map(() => null)] };
      // Passages of the first source can differ in extent per partner; the row keeps the widest.
      const own = row.cells[0];
      if (own !== null && own !== undefined && pair.a.end > own.passage.end) row.cells[0] = { passage: pair.a, score: 1, diff: [] };
      row.cells[k + 1] = { passage: pair.b, score: pair.score, diff: pair.diff };
      rows.set(key, row);
    }
  });
  return {
    sources: [first.card, ...others.map((o) => o.card)],
    rows: [...rows.entries()].sort((x, y) => x[0] - y[0]).map(([, row]) => row),
  };
}
