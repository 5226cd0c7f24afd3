// Moves a source's own rows (the source and its revisions, original bytes
// intact) to the holding tables of migration 0090 and back, for undo.
//
// Why a holding area rather than row images in undo_log: the originals are
// BLOBs that JSON cannot carry, and they can be megabytes. What hangs off a
// source (highlights, their tags, event links, resolutions) is small and is
// captured by the ordinary triggers, so one undo entry still restores all.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';

/**
 * Copies the source into the holding area and deletes it (its highlights and
 * revisions go with it by cascade). `undoSeq` is the undo entry the rows belong
 * to; null while that entry is being recorded (recordUndoable files them).
 */
export function archiveSource(db: Database.Database, id: string, undoSeq: number | null): void {
  const sourceColumns = columnsOf(db, 'sources');
  const archived = db
    .prepare(`INSERT INTO deleted_sources (undo_seq, ${sourceColumns}) SELECT ?, ${sourceColumns} FROM sources WHERE id = ?`)
    .run(undoSeq, id);
  if (archived.changes === 0) throw new AppError('conflict', 'The source is no longer in the project.');
  const revisionColumns = columnsOf(db, 'source_revisions');
  db.prepare(
    `INSERT INTO deleted_source_revisions (archive_id, ${revisionColumns}) SELECT ?, ${revisionColumns} FROM source_revisions WHERE source_id = ?`,
  ).run(archived.lastInsertRowid, id);
  db.prepare('DELETE FROM sources WHERE id = ?').run(id);
}

/** Brings an archived source back exactly as it was, with its search entry. */
export function restoreSource(db: Database.Database, id: string, undoSeq: number): void {
  const archive = db.prepare('SELECT archive_id, seq FROM deleted_sources WHERE id = ? AND undo_seq = ?').get(id, undoSeq) as
    | { archive_id: number; seq: number }
    | undefined;
  if (archive === undefined) throw new AppError('conflict', 'The deleted source is no longer kept.');
  const names = columnNames(db, 'sources');
  const values = names.map((name) => {
    // The library's order (and search's rowid) is seq; a new source may have taken it meanwhile.
    if (name === 'seq') return `CASE WHEN EXISTS (SELECT 1 FROM sources WHERE seq = d.seq) THEN NULL ELSE d.seq END`;
    // The highlights restored in the same undo step count themselves back in (trigger highlights_count_insert).
    if (name === 'highlight_count') return '0';
    return `d."${name}"`;
  });
  const restored = db
    .prepare(`INSERT INTO sources (${quoted(names)}) SELECT ${values.join(', ')} FROM deleted_sources d WHERE d.archive_id = ?`)
    .run(archive.archive_id);
  const revisionColumns = columnsOf(db, 'source_revisions');
  db.prepare(`INSERT INTO source_revisions (${revisionColumns}) SELECT ${revisionColumns} FROM deleted_source_revisions WHERE archive_id = ?`).run(
    archive.archive_id,
  );
  // sources_fts is indexed by its update trigger on import; a restored row is indexed here.
  db.prepare('INSERT INTO sources_fts (rowid, title, text) SELECT seq, title, text FROM sources_fts_content WHERE seq = ?').run(restored.lastInsertRowid);
  db.prepare('DELETE FROM deleted_sources WHERE archive_id = ?').run(archive.archive_id);
}

/** Rows archived by the operation being recorded now belong to its undo entry. */
export function fileArchivedSources(db: Database.Database, undoSeq: number): void {
  db.prepare('UPDATE deleted_sources SET undo_seq = ? WHERE undo_seq IS NULL').run(undoSeq);
}

function columnNames(db: Database.Database, table: 'sources' | 'source_revisions'): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
}

function columnsOf(db: Database.Database, table: 'sources' | 'source_revisions'): string {
  return quoted(columnNames(db, table));
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
