// Prepared statements kept per open database. Compiling SQL costs about as much
// as running a small query, so hot paths (search on every keystroke, imports) reuse them.

import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_CACHED = 200;

export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    // Table queries vary with the filters chosen; a bound keeps odd combinations from piling up.
    if (cache.size >= MAX_CACHED) cache.clear();
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
