// Writes recorded row images back: undo restores each change's before image
// (newest first), redo its after image (oldest first). A source moves to and
// from the holding area instead (source-archive.ts).

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { archiveSource, restoreSource } from './source-archive.ts';
import { undoTables, type RowChange, type RowImage, type UndoTable } from './undo-tables.ts';

export type Direction = 'undo' | 'redo';

/** `undoSeq`: the undo entry being applied, which owns any source it moves to the holding area. */
export function applyChanges(db: Database.Database, changes: readonly RowChange[], direction: Direction, undoSeq: number): void {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const target = direction === 'undo' ? change.before : change.after;
    const other = direction === 'undo' ? change.after : change.before;
    if (change.table === 'sources') {
      const id = String((target ?? other)?.['id']);
      if (target === null) {
        refuseToDropNewHighlights(db, id);
        archiveSource(db, id, undoSeq);
      } else restoreSource(db, id, undoSeq);
    } else if (target === null) {
      if (other !== null) deleteRow(db, change.table, other);
    } else {
      upsertRow(db, change.table, target);
    }
  }
}

// The step's own highlights on the source were removed just before this; any still there were added
// outside the history (a merge, another program), and deleting the source would drop them unrecorded.
function refuseToDropNewHighlights(db: Database.Database, sourceId: string): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM highlights WHERE source_id = ?').get(sourceId) as { n: number };
  if (n > 0) throw new AppError('conflict', `the source has ${n === 1 ? 'a highlight' : `${n} highlights`} added since, which it would delete.`);
}

function deleteRow(db: Database.Database, table: UndoTable, image: RowImage): void {
  const key = undoTables[table].key;
  db.prepare(`DELETE FROM ${table} WHERE ${key.map((k) => `"${k}" = ?`).join(' AND ')}`).run(...key.map((k) => image[k] ?? null));
}

function upsertRow(db: Database.Database, table: UndoTable, image: RowImage): void {
  const key: readonly string[] = undoTables[table].key;
  const columns = Object.keys(image);
  const quoted = columns.map((c) => `"${c}"`);
  const updates = columns.filter((c) => !key.includes(c)).map((c) => `"${c}" = excluded."${c}"`);
  const conflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  db.prepare(
    `INSERT INTO ${table} (${quoted.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (${key.map((k) => `"${k}"`).join(', ')}) ${conflict}`,
  ).run(...columns.map((c) => image[c] ?? null));
}
