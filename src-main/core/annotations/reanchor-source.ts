// After a source's text changes, every highlight of it is re-anchored and
// ends in a visible status. A passage waiting for review stays flagged until
// the user confirms it, whatever later revisions do.

import type Database from 'better-sqlite3';
import { reanchorMany } from './anchoring/reanchor.ts';
import type { AnchorStatus, AnchorTarget } from './anchoring/types.ts';
import { highlightColumns, type HighlightRow } from './highlight-rows.ts';
import { currentText } from './source-text.ts';
import { statement } from '../project/statements.ts';

export type ReanchorSummary = Record<AnchorStatus, number>;

export function reanchorSourceHighlights(
  db: Database.Database,
  sourceId: string,
  options: { oldTextLength?: number; onlyIds?: readonly string[] } = {},
): ReanchorSummary {
  const rows = (
    options.onlyIds === undefined
      ? statement(db, `SELECT ${highlightColumns} FROM highlights h WHERE h.source_id = ?`).all(sourceId)
      : db
          .prepare(`SELECT ${highlightColumns} FROM highlights h WHERE h.source_id = ? AND h.id IN (SELECT value FROM json_each(?))`)
          .all(sourceId, JSON.stringify(options.onlyIds))
  ) as HighlightRow[];
  const summary: ReanchorSummary = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  if (rows.length === 0) return summary;
  const { revisionId, text } = currentText(db, sourceId);

  const targets: AnchorTarget[] = rows.map((row) => {
    const start = row.start ?? 0;
    return { position: { start, end: row.end ?? start + row.exact.length }, quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix } };
  });
  const results = reanchorMany(targets, text, options.oldTextLength === undefined ? {} : { oldTextLength: options.oldTextLength });

  const placed = db.prepare(
    `UPDATE highlights SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = ?, previous_exact = ?, revision_id = ? WHERE id = ?`,
  );
  const orphaned = db.prepare(`UPDATE highlights SET status = 'orphaned', revision_id = ? WHERE id = ?`);
  rows.forEach((row, i) => {
    const result = results[i];
    if (!result || result.status === 'orphaned' || result.position === null || result.quote === null) {
      orphaned.run(revisionId, row.id);
      summary.orphaned += 1;
      return;
    }
    const awaitingReview = row.previous_exact !== null;
    const status: AnchorStatus = result.status === 'fuzzy' || awaitingReview ? 'fuzzy' : result.status;
    const previousExact = status === 'fuzzy' ? (row.previous_exact ?? row.exact) : null;
    const { position, quote } = result;
    placed.run(position.start, position.end, quote.exact, quote.prefix, quote.suffix, status, previousExact, revisionId, row.id);
    summary[status] += 1;
  });
  return summary;
}

/** Re-anchors the given highlights whose stored offsets refer to an older revision (after undo/redo). */
export function reanchorStaleHighlights(db: Database.Database, highlightIds: readonly string[]): void {
  if (highlightIds.length === 0) return;
  const stale = db
    .prepare(
      `SELECT h.source_id, json_group_array(h.id) AS ids FROM highlights h JOIN sources s ON s.id = h.source_id
       WHERE h.id IN (SELECT value FROM json_each(?)) AND h.revision_id IS NOT s.current_revision_id
       GROUP BY h.source_id`,
    )
    .all(JSON.stringify(highlightIds)) as { source_id: string; ids: string }[];
  for (const { source_id: sourceId, ids } of stale) {
    reanchorSourceHighlights(db, sourceId, { onlyIds: JSON.parse(ids) as string[] });
  }
}
