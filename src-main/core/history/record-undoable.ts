// Runs an undoable operation with change capture on, then files what changed
// as one undo entry and forgets the redo branch (a new action replaces it).
// Deleting an entry purges the sources it kept (deleted_sources cascades).

import type Database from 'better-sqlite3';
import { now } from '../project/ids.ts';
import { fileArchivedSources } from './source-archive.ts';
import { isUndoTable, type RowChange, type RowImage } from './undo-tables.ts';
import { MAX_UNDO_STEPS } from '../limits.ts';

const keptEntries = MAX_UNDO_STEPS;

export function recordUndoable<T>(db: Database.Database, label: string, run: () => T): T {
  db.prepare('DELETE FROM undo_pending').run();
  db.prepare('UPDATE undo_capture SET active = 1 WHERE id = 1').run();
  let result: T;
  try {
    result = run();
  } finally {
    db.prepare('UPDATE undo_capture SET active = 0 WHERE id = 1').run();
  }
  const changes = readPending(db);
  db.prepare('DELETE FROM undo_pending').run();
  if (changes.length > 0) {
    db.prepare('DELETE FROM undo_log WHERE undone = 1').run();
    const entry = db.prepare('INSERT INTO undo_log (label, changes, created_at) VALUES (?, ?, ?)').run(label, JSON.stringify(changes), now());
    fileArchivedSources(db, Number(entry.lastInsertRowid));
    db.prepare('DELETE FROM undo_log WHERE seq <= (SELECT MAX(seq) FROM undo_log) - ?').run(keptEntries);
  }
  return result;
}

function readPending(db: Database.Database): RowChange[] {
  const rows = db.prepare('SELECT table_name, before, after FROM undo_pending ORDER BY seq').all() as {
    table_name: string;
    before: string | null;
    after: string | null;
  }[];
  return rows
    .filter((row) => isUndoTable(row.table_name))
    .map((row) => ({
      table: row.table_name as RowChange['table'],
      before: row.before === null ? null : (JSON.parse(row.before) as RowImage),
      after: row.after === null ? null : (JSON.parse(row.after) as RowImage),
    }));
}
