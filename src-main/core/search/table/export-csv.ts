// annotations.exportCsv: the selected rows of the annotations table as CSV
// (RFC 4180), in the order given, for spreadsheets and other tools.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { pageColumns, toAnnotationRows, type AnnotationRow, type PageRow } from './table-rows.ts';
import { MAX_EXPORT_HIGHLIGHTS, tooMany } from '../../limits.ts';


export const exportCsvInput = z.object({
  ids: z.array(z.string().min(1).max(100)).min(1).max(MAX_EXPORT_HIGHLIGHTS, `export ${tooMany('highlights', MAX_EXPORT_HIGHLIGHTS)}`),
});

export interface CsvExport {
  csv: string;
  rows: number;
}

const header = ['id', 'source', 'source_id', 'quote', 'note', 'tags', 'events', 'status', 'color', 'start', 'end', 'created_at', 'updated_at'];
// Reading a few thousand rows at a time keeps the IN lists and memory small on large selections.
const chunkSize = 2000;

export function exportCsv(db: Database.Database, ids: readonly string[]): CsvExport {
  const lines = [header.join(',')];
  const select = db.prepare(`SELECT ${pageColumns} FROM highlights h JOIN sources s ON s.id = h.source_id WHERE h.id IN (SELECT value FROM json_each(?))`);
  const unique = [...new Set(ids)];
  let count = 0;
  for (let i = 0; i < unique.length; i += chunkSize) {
    const chunk = unique.slice(i, i + chunkSize);
    const byId = new Map(toAnnotationRows(db, select.all(JSON.stringify(chunk)) as PageRow[]).map((row) => [row.id, row]));
    for (const highlightId of chunk) {
      const row = byId.get(highlightId);
      if (row === undefined) continue; // deleted since it was selected: nothing to write
      lines.push(csvLine(row));
      count += 1;
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: count };
}

function csvLine(row: AnnotationRow): string {
  return [
    row.id, row.sourceTitle, row.sourceId, row.exact, row.note,
    row.tags.map((t) => t.name).join('; '), row.events.map((e) => `${e.title} (${e.stance})`).join('; '),
    row.status, row.color, row.start ?? '', row.end ?? '', row.createdAt, row.updatedAt,
  ].map((value) => csvCell(String(value))).join(',');
}

// Quotes doubled inside quoted cells (RFC 4180). A cell a spreadsheet would run
// as a formula (=, +, -, @ first) gets a leading apostrophe: quotes come from
// web pages, and a CSV opened in Excel must not execute them.
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
