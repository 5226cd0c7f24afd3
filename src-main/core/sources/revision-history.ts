// A source's earlier texts: the list of revisions and a word-level comparison
// of any two of them (jsdiff), for the reader's "compare revisions" view.

import type Database from 'better-sqlite3';
import { diffWordsWithSpace } from 'diff';
import { AppError } from '../api/errors.ts';
import { readSummary } from './source-rows.ts';

export interface RevisionSummary {
  id: string;
  number: number;
  reason: string;
  createdAt: string;
  length: number;
  current: boolean;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function listRevisions(db: Database.Database, sourceId: string): RevisionSummary[] {
  readSummary(db, sourceId);
  const rows = db
    .prepare(
      `SELECT r.id, r.number, r.reason, r.created_at, length(r.text) AS length, r.id = s.current_revision_id AS current
       FROM source_revisions r JOIN sources s ON s.id = r.source_id WHERE r.source_id = ? ORDER BY r.number`,
    )
    .all(sourceId) as { id: string; number: number; reason: string; created_at: string; length: number; current: number }[];
  return rows.map((r) => ({ id: r.id, number: r.number, reason: r.reason, createdAt: r.created_at, length: r.length, current: r.current === 1 }));
}

export function diffRevisions(db: Database.Database, sourceId: string, from: number, to: number | null): { from: number; to: number; parts: DiffPart[] } {
  const older = revisionText(db, sourceId, from);
  const newer = to === null ? currentRevision(db, sourceId) : revisionText(db, sourceId, to);
  const parts = diffWordsWithSpace(older.text, newer.text).map(
    (change): DiffPart => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }),
  );
  return { from, to: newer.number, parts };
}

function revisionText(db: Database.Database, sourceId: string, number: number): { number: number; text: string } {
  const row = db.prepare('SELECT number, text FROM source_revisions WHERE source_id = ? AND number = ?').get(sourceId, number) as
    | { number: number; text: string }
    | undefined;
  if (!row) throw new AppError('not_found', `The source has no revision ${number}.`);
  return row;
}

function currentRevision(db: Database.Database, sourceId: string): { number: number; text: string } {
  const row = db
    .prepare('SELECT r.number, r.text FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.id = ?')
    .get(sourceId) as { number: number; text: string } | undefined;
  if (!row) throw new AppError('not_found', `No source with id ${sourceId}.`);
  return row;
}
