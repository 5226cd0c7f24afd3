// The health check run each time a project opens: SQLite's own structural
// check and the foreign keys. An empty list means the file is sound.

import type Database from 'better-sqlite3';

export function checkDatabase(db: Database.Database): string[] {
  const structure = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
  const references = (db.pragma('foreign_key_check') as { table: string; parent: string }[]).map(
    (r) => `a row in ${r.table} points to a missing ${r.parent} row`,
  );
  return [...structure, ...references];
}
