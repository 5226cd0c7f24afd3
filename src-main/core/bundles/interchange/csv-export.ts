// Highlights as CSV: the annotations table's own CSV export (search/table),
// fed with the selected highlights in reading order, source by source.

import type Database from 'better-sqlite3';
import { exportCsv } from '../../search/table/export-csv.ts';
import type { SelectedRows } from './read-selection.ts';

export function exportHighlightsCsv(db: Database.Database, rows: SelectedRows): { csv: string; rows: number } {
  const order = new Map(rows.sources.map((s, i) => [s.id, i]));
  const ids = [...rows.highlights]
    .sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0))
    .map((h) => h.id);
  return exportCsv(db, ids);
}
