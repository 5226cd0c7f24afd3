// The raw side of the comparison: plain better-sqlite3 with the smallest
// schema that does the same job (documents + an FTS5 index configured like
// ours), the way one would write it without an application around it.

import Database from 'better-sqlite3';

export function openRaw(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

export function createRawLibrary(db: Database.Database, withTriggers: boolean): void {
  db.exec(`
    CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE docs_fts USING fts5 (title, text, content = 'docs', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
  `);
  if (withTriggers) {
    db.exec(`CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
      INSERT INTO docs_fts (rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
    END;`);
  }
}
