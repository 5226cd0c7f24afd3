// Adding newly imported sources to the full-text index. Later changes (title, a new revision,
// deletion) keep the index right through triggers; a new source is indexed here instead, so a
// batch of imports reaches the index together, after the per-file savepoints: FTS5 writes its
// pending terms to disk at every savepoint, which made indexing file by file twice as slow.

import type Database from 'better-sqlite3';
import { statement } from '../project/statements.ts';

export interface NewSourceText {
  /** The source row's `seq`, the index's rowid. */
  seq: number;
  title: string;
  text: string;
}

export function indexNewSources(db: Database.Database, sources: readonly NewSourceText[]): void {
  const insert = statement(db, 'INSERT INTO sources_fts (rowid, title, text) VALUES (?, ?, ?)');
  for (const source of sources) insert.run(source.seq, source.title, source.text);
}
