// The current reading text of a source and its revision: what highlights anchor to.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { statement } from '../project/statements.ts';

export interface CurrentText {
  revisionId: string;
  text: string;
}

export function currentText(db: Database.Database, sourceId: string): CurrentText {
  const row = statement(db, 'SELECT r.id, r.text FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.id = ?')
    .get(sourceId) as { id: string; text: string } | undefined;
  if (!row) throw new AppError('not_found', `No source with id ${sourceId}.`);
  return { revisionId: row.id, text: row.text };
}
