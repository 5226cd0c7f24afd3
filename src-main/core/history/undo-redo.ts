// Undo and redo over the stored history, so they work across restarts.
// Restored highlights may point at an older text; they are re-anchored at once.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { reanchorStaleHighlights } from '../annotations/reanchor-source.ts';
import { applyChanges, type Direction } from './apply-changes.ts';
import type { RowChange } from './undo-tables.ts';

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

interface EntryRow {
  seq: number;
  label: string;
  changes: string;
}

export function historyState(db: Database.Database): HistoryState {
  const undo = db.prepare('SELECT label FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as { label: string } | undefined;
  const redo = db.prepare('SELECT label FROM undo_log WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as { label: string } | undefined;
  return { undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
}

export function step(db: Database.Database, direction: Direction): HistoryState & { applied: string } {
  const entry = (
    direction === 'undo'
      ? db.prepare('SELECT seq, label, changes FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get()
      : db.prepare('SELECT seq, label, changes FROM undo_log WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get()
  ) as EntryRow | undefined;
  if (!entry) throw new AppError('conflict', direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  const changes = JSON.parse(entry.changes) as RowChange[];
  try {
    applyChanges(db, changes, direction);
  } catch (error) {
    // E.g. redoing a highlight whose source was deleted since: say so instead of failing inside.
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new AppError('conflict', `"${entry.label}" cannot be ${direction === 'undo' ? 'undone' : 'redone'}: something it refers to (a source, tag or event) has been deleted since.`);
    }
    throw error;
  }
  db.prepare('UPDATE undo_log SET undone = ? WHERE seq = ?').run(direction === 'undo' ? 1 : 0, entry.seq);
  const touchedHighlights = changes.filter((c) => c.table === 'highlights').map((c) => String((c.before ?? c.after)?.['id']));
  reanchorStaleHighlights(db, touchedHighlights);
  return { ...historyState(db), applied: entry.label };
}
