// Undo and redo over the stored history, so they work across restarts.
// Restored highlights may point at an older text; they are re-anchored at once.
//
// A step that can no longer apply (what it refers to was removed or replaced
// outside the history since) is taken off the history and the answer says so:
// left in place it would block every step behind it. It applies whole or not
// at all: its changes run in a savepoint that is rolled back on failure.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { reanchorStaleHighlights } from '../annotations/reanchor-source.ts';
import { applyChanges, type Direction } from './apply-changes.ts';
import type { RowChange } from './undo-tables.ts';

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface StepOutcome extends HistoryState {
  /** The label of the step taken; null when it could not be taken and was dropped. */
  applied: string | null;
  /** Present when the step could no longer apply and was taken off the history. */
  dropped?: { label: string; message: string };
  /** The step removed or brought back a source (a deleted source, an import), not only annotations. */
  sourcesChanged: boolean;
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

export function step(db: Database.Database, direction: Direction): StepOutcome {
  const entry = (
    direction === 'undo'
      ? db.prepare('SELECT seq, label, changes FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get()
      : db.prepare('SELECT seq, label, changes FROM undo_log WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get()
  ) as EntryRow | undefined;
  if (!entry) throw new AppError('conflict', direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  const changes = JSON.parse(entry.changes) as RowChange[];
  try {
    // Nested in the operation's transaction, this is a savepoint: a failure undoes only this step's writes.
    db.transaction(() => applyChanges(db, changes, direction, entry.seq))();
  } catch (error) {
    if (!cannotApply(error)) throw error;
    // Deleting the entry also purges any source it kept for undo (deleted_sources cascades).
    db.prepare('DELETE FROM undo_log WHERE seq = ?').run(entry.seq);
    const verb = direction === 'undo' ? 'undone' : 'redone';
    const message = `"${entry.label}" can no longer be ${verb}: ${reasonOf(error)} It was taken off the ${direction} list; nothing was changed.`;
    return { ...historyState(db), applied: null, dropped: { label: entry.label, message }, sourcesChanged: false };
  }
  db.prepare('UPDATE undo_log SET undone = ? WHERE seq = ?').run(direction === 'undo' ? 1 : 0, entry.seq);
  const touchedHighlights = changes.filter((c) => c.table === 'highlights').map((c) => String((c.before ?? c.after)?.['id']));
  reanchorStaleHighlights(db, touchedHighlights);
  return { ...historyState(db), applied: entry.label, sourcesChanged: changes.some((c) => c.table === 'sources') };
}

/** A step's own conflict with the project as it is now, as opposed to a fault inside Sourcebench. */
function cannotApply(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'conflict';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message.charAt(0).toLowerCase() + error.message.slice(1);
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'something it refers to (a source, tag or event) has been deleted since.';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return 'the project now holds something that takes its place (for example the same file imported again).';
  }
  return 'the project has changed since in a way it cannot be applied to.';
}
