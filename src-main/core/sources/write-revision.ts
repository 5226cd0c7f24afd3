// A new revision of a source's reading text becomes the current one. Earlier
// revisions are kept: they are the history highlights are re-anchored from.
// A revision is its document lines plus the lines set aside; the reading text
// is derived from them, so the two can never disagree.

import type Database from 'better-sqlite3';
import type { RemovedLine } from './extract/extract-document.ts';
import { assembleReadingText } from './extract/reading-text.ts';
import { newId, now } from '../project/ids.ts';

export interface NewRevision {
  lines: readonly string[];
  removed: readonly RemovedLine[];
  reason: string;
}

export function writeRevision(db: Database.Database, sourceId: string, revision: NewRevision): { id: string; text: string } {
  const id = newId();
  const createdAt = now();
  const text = assembleReadingText(revision.lines, new Set(revision.removed.map((r) => r.line)));
  const { next } = db
    .prepare('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM source_revisions WHERE source_id = ?')
    .get(sourceId) as { next: number };
  db.prepare(
    `INSERT INTO source_revisions (id, source_id, number, lines, removed_lines, text, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, sourceId, next, JSON.stringify(revision.lines), JSON.stringify(revision.removed), text, revision.reason, createdAt);
  db.prepare('UPDATE sources SET current_revision_id = ?, updated_at = ? WHERE id = ?').run(id, createdAt, sourceId);
  return { id, text };
}
