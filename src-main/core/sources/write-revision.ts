// A new revision of a source's reading text becomes the current one. Earlier
// revisions are kept: they are the history highlights are re-anchored from.

import type Database from 'better-sqlite3';
import type { RemovedLine } from './extract/extract-document.ts';
import { newId, now } from '../project/ids.ts';

export interface NewRevision {
  text: string;
  removed: readonly RemovedLine[];
  reason: string;
}

export function writeRevision(db: Database.Database, sourceId: string, revision: NewRevision): string {
  const id = newId();
  const createdAt = now();
  const { next } = db
    .prepare('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM source_revisions WHERE source_id = ?')
    .get(sourceId) as { next: number };
  db.prepare(
    `INSERT INTO source_revisions (id, source_id, number, text, removed_lines, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, sourceId, next, revision.text, JSON.stringify(revision.removed), revision.reason, createdAt);
  db.prepare('UPDATE sources SET current_revision_id = ?, updated_at = ? WHERE id = ?').run(id, createdAt, sourceId);
  return id;
}
