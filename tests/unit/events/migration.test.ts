// Migration 0060: rows already in a project survive, events gain actors through entities, aliases
// belong to one entity, and undo capture covers the new tables.

import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from '../../../src-main/core/project/migrations.ts';
import { undoTables } from '../../../src-main/core/history/undo-tables.ts';

const migrations = loadMigrations();
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

it('0060 keeps events and links, adds entities, aliases, actors and resolutions with undo capture', () => {
  const db = new Database(':memory:');
  open.push(db);
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations, 50);
  db.prepare(`INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at) VALUES ('s', 'S', 'text', x'00', 'o', 't', 't', 't', 't')`).run();
  db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES ('h', 's', 0, 4, 'text', 't', 't')`).run();
  db.prepare(`INSERT INTO events (id, title, created_at, updated_at) VALUES ('e', 'Event', 't', 't')`).run();
  db.prepare(`INSERT INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES ('l', 'h', 'e', 'reports', 't', 't')`).run();
  applyMigrations(db, migrations, 60);
  expect(db.prepare('SELECT COUNT(*) AS n FROM event_links').get()).toEqual({ n: 1 });

  db.prepare(`INSERT INTO entities (id, name, kind, created_at, updated_at) VALUES ('pm', 'Kadhimi', 'person', 't', 't')`).run();
  db.prepare(`INSERT INTO entities (id, name, kind, created_at, updated_at) VALUES ('other', 'Other', 'person', 't', 't')`).run();
  db.prepare(`INSERT INTO entity_aliases (id, entity_id, alias, match_key, created_at, updated_at) VALUES ('a1', 'pm', 'Kadhimi', 'kadhimi', 't', 't')`).run();
  expect(() => db.prepare(`INSERT INTO entity_aliases (id, entity_id, alias, match_key, created_at, updated_at) VALUES ('a2', 'other', 'kadhimi', 'kadhimi', 't', 't')`).run()).toThrow(/UNIQUE/);
  expect(() => db.prepare(`INSERT INTO entities (id, name, kind, created_at, updated_at) VALUES ('x', 'X', 'alien', 't', 't')`).run()).toThrow(/CHECK/);
  db.prepare(`INSERT INTO event_actors (event_id, entity_id, created_at) VALUES ('e', 'pm', 't')`).run();
  db.prepare(`INSERT INTO discrepancy_resolutions (id, event_id, discrepancy_key, trusted_source_id, note, created_at, updated_at) VALUES ('r', 'e', 'count:deaths', 's', 'why', 't', 't')`).run();

  // Undo capture: every new and extended table files its row images while capture is on.
  db.prepare('UPDATE undo_capture SET active = 1 WHERE id = 1').run();
  db.prepare(`UPDATE events SET title = 'Renamed' WHERE id = 'e'`).run();
  db.prepare(`DELETE FROM events WHERE id = 'e'`).run();
  db.prepare(`DELETE FROM entities WHERE id = 'pm'`).run();
  const captured = new Set((db.prepare('SELECT DISTINCT table_name FROM undo_pending').all() as { table_name: string }[]).map((r) => r.table_name));
  for (const table of ['events', 'event_links', 'event_actors', 'discrepancy_resolutions', 'entities', 'entity_aliases']) {
    expect(captured.has(table), table).toBe(true);
    expect(Object.hasOwn(undoTables, table), table).toBe(true);
  }
  db.prepare('UPDATE undo_capture SET active = 0 WHERE id = 1').run();
});
