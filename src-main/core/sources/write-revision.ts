// A new revision of a source's reading text becomes the current one, and every
// highlight of the source is re-anchored to it. Earlier revisions are kept.
// A revision is its document lines plus the lines set aside; the reading text
// is derived from them, so the two can never disagree.

import type Database from 'better-sqlite3';
import type { RemovedLine } from './extract/extract-document.ts';
import { assembleReadingText } from './extract/reading-text.ts';
import { newId, now } from '../project/ids.ts';
import { reanchorSourceHighlights, type ReanchorSummary } from '../annotations/reanchor-source.ts';
import { statement } from '../project/statements.ts';

export interface NewRevision {
  lines: readonly string[];
  removed: readonly RemovedLine[];
  reason: string;
  /** Kept with re-imports: the new file's bytes exactly as imported. */
  original?: Uint8Array;
}

export interface WrittenRevision {
  id: string;
  text: string;
  reanchored: ReanchorSummary;
}

export function writeRevision(db: Database.Database, sourceId: string, revision: NewRevision): WrittenRevision {
  const id = newId();
  const createdAt = now();
  const text = assembleReadingText(revision.lines, new Set(revision.removed.map((r) => r.line)));
  const previous = statement(
    db,
    `SELECT COALESCE(MAX(r.number), 0) + 1 AS next,
              (SELECT length(c.text) FROM sources s JOIN source_revisions c ON c.id = s.current_revision_id WHERE s.id = @id) AS oldLength
       FROM source_revisions r WHERE r.source_id = @id`,
    )
    .get({ id: sourceId }) as { next: number; oldLength: number | null };
  insertRevisionRow(db, { id, sourceId, number: previous.next, text, createdAt, revision });
  statement(db, 'UPDATE sources SET current_revision_id = ?, updated_at = ? WHERE id = ?').run(id, createdAt, sourceId);
  const reanchored = reanchorSourceHighlights(db, sourceId, previous.oldLength === null ? {} : { oldTextLength: previous.oldLength });
  return { id, text, reanchored };
}

/**
 * The first revision of a source just inserted with `current_revision_id = id`: nothing to
 * number after, no highlights to re-anchor, and no UPDATE of the source row (which would
 * rewrite its original bytes and fire the search trigger; the import indexes it itself).
 */
export function writeFirstRevision(db: Database.Database, sourceId: string, id: string, revision: NewRevision): string {
  const text = assembleReadingText(revision.lines, new Set(revision.removed.map((r) => r.line)));
  insertRevisionRow(db, { id, sourceId, number: 1, text, createdAt: now(), revision });
  return text;
}

interface RevisionRow {
  id: string;
  sourceId: string;
  number: number;
  text: string;
  createdAt: string;
  revision: NewRevision;
}

function insertRevisionRow(db: Database.Database, row: RevisionRow): void {
  const { revision } = row;
  statement(
    db,
    `INSERT INTO source_revisions (id, source_id, number, lines, removed_lines, text, original, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id, row.sourceId, row.number, JSON.stringify(revision.lines), JSON.stringify(revision.removed), row.text,
    revision.original === undefined ? null : Buffer.from(revision.original), revision.reason, row.createdAt,
  );
}
