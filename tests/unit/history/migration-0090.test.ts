// Migration 0090: existing rows survive; the holding tables for deleted sources carry every column
// of sources and source_revisions (so a source comes back whole); a source's insert and delete are
// captured for undo, after the rows that cascade from it.

import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../../src-main/core/project/migrations.ts';

const migrations = loadMigrations();
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);

it('0090 keeps sources, holds every column of a deleted source, and captures source inserts and deletes', () => {
  const db = new Database(':memory:');
  open.push(db);
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations, 80);
  db.prepare(`INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at) VALUES ('s', 'S', 'text', x'00ff', 'o', 't', 't', 't', 't')`).run();
  db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES ('h', 's', 0, 4, 'text', 't', 't')`).run();
  applyMigrations(db, migrations, 90);
  expect(db.prepare('SELECT id, original, highlight_count FROM sources').all()).toEqual([{ id: 's', original: Buffer.from([0, 255]), highlight_count: 1 }]);

  expect(columns(db, 'deleted_sources')).toEqual(['archive_id', 'undo_seq', ...columns(db, 'sources')]);
  expect(columns(db, 'deleted_source_revisions')).toEqual(['archive_id', ...columns(db, 'source_revisions')]);

  db.prepare('UPDATE undo_capture SET active = 1 WHERE id = 1').run();
  db.prepare(`INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at) VALUES ('n', 'N', 'text', x'01', 'o2', 't2', 't', 't', 't')`).run();
  db.prepare(`DELETE FROM sources WHERE id = 's'`).run();
  db.prepare('UPDATE undo_capture SET active = 0 WHERE id = 1').run();
  const captured = db.prepare('SELECT table_name, before, after FROM undo_pending ORDER BY seq').all();
  expect(captured).toEqual([
    { table_name: 'sources', before: null, after: '{"id":"n"}' },
    { table_name: 'highlights', before: expect.stringContaining('"id":"h"'), after: null },
    { table_name: 'sources', before: '{"id":"s"}', after: null },
  ]);
});
