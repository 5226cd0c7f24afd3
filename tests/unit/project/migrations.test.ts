// One test per migration: migrate to N-1, put rows in, migrate to N, and check
// the rows survived and the new tables behave.

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations, schemaVersion } from '../../../src-main/core/project/migrations.ts';

const migrations = loadMigrations();
const open: Database.Database[] = [];

function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations, version);
  open.push(db);
  return db;
}

function insertSource(db: Database.Database, id: string, text: string, title = `Title ${id}`): void {
  db.prepare(
    `INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at)
     VALUES (?, ?, 'text', ?, ?, ?, 't', 't', 't')`,
  ).run(id, title, Buffer.from(text), `sha-${id}`, `tsha-${id}`);
  db.prepare(`INSERT INTO source_revisions (id, source_id, number, lines, text, reason, created_at) VALUES (?, ?, 1, ?, ?, 'import', 't')`).run(`${id}-r1`, id, JSON.stringify(text.split('\n')), text);
  db.prepare('UPDATE sources SET current_revision_id = ? WHERE id = ?').run(`${id}-r1`, id);
}

function insertHighlight(db: Database.Database, id: string, sourceId: string): void {
  db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES (?, ?, 0, 4, 'text', 't', 't')`).run(id, sourceId);
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('migrations', () => {
  it('are numbered with gaps of ten and start at 0010', () => {
    expect(migrations[0]?.version).toBe(10);
    migrations.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
  });

  it('0010 creates sources whose original bytes are unique per project', () => {
    const db = databaseAt(10);
    expect(schemaVersion(db)).toBe(10);
    insertSource(db, 'a', 'Some text');
    expect(() => insertSource(db, 'a', 'Some text')).toThrow(/UNIQUE/);
  });

  it('0020 keeps existing sources and counts highlights per source', () => {
    const db = databaseAt(10);
    insertSource(db, 'a', 'text of a');
    applyMigrations(db, migrations, 20);
    insertHighlight(db, 'h1', 'a');
    insertHighlight(db, 'h2', 'a');
    expect(db.prepare('SELECT highlight_count AS n FROM sources WHERE id = ?').get('a')).toEqual({ n: 2 });
    db.prepare('DELETE FROM highlights WHERE id = ?').run('h1');
    expect(db.prepare('SELECT highlight_count AS n FROM sources WHERE id = ?').get('a')).toEqual({ n: 1 });
  });

  it('0030 keeps highlights and links them to events, removing links with their highlight', () => {
    const db = databaseAt(20);
    insertSource(db, 'a', 'text of a');
    insertHighlight(db, 'h1', 'a');
    applyMigrations(db, migrations, 30);
    db.prepare(`INSERT INTO events (id, title, created_at, updated_at) VALUES ('e1', 'Event', 't', 't')`).run();
    db.prepare(`INSERT INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES ('l1', 'h1', 'e1', 'reports', 't', 't')`).run();
    expect(() =>
      db.prepare(`INSERT INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES ('l2', 'h1', 'e1', 'doubts', 't', 't')`).run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM highlights WHERE id = ?').run('h1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM event_links').get()).toEqual({ n: 0 });
  });

  it('0040 indexes the sources that already exist and follows later revisions and deletions', () => {
    const db = databaseAt(30);
    insertSource(db, 'a', 'The rockets struck the compound at night.');
    insertSource(db, 'b', 'A quiet day in the capital.');
    applyMigrations(db, migrations, 40);
    const search = (q: string) =>
      (db.prepare('SELECT s.id FROM sources_fts f JOIN sources s ON s.seq = f.rowid WHERE sources_fts MATCH ? ORDER BY rank').all(q) as { id: string }[]).map((r) => r.id);
    expect(search('rockets')).toEqual(['a']);

    db.prepare(`INSERT INTO source_revisions (id, source_id, number, lines, text, reason, created_at) VALUES ('a-r2', 'a', 2, '[]', 'Drones struck the compound.', 'edit', 't')`).run();
    db.prepare(`UPDATE sources SET current_revision_id = 'a-r2' WHERE id = 'a'`).run();
    expect(search('rockets')).toEqual([]);
    expect(search('drones')).toEqual(['a']);

    db.prepare(`UPDATE sources SET title = 'Capital diary' WHERE id = 'b'`).run();
    expect(search('diary')).toEqual(['b']);

    db.prepare(`DELETE FROM sources WHERE id = 'a'`).run();
    expect(search('drones')).toEqual([]);
    // FTS5's own consistency check against the content view.
    expect(() => db.prepare(`INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('apply nothing when the file is already current', () => {
    const db = databaseAt(migrations.at(-1)?.version ?? 0);
    expect(applyMigrations(db, migrations)).toEqual([]);
  });

  it('roll back entirely when one migration fails', () => {
    const db = new Database(':memory:');
    open.push(db);
    const broken = [...migrations.slice(0, 2), { version: 30, name: 'broken', sql: 'CREATE TABLE events (x); THIS IS NOT SQL;' }];
    expect(() => applyMigrations(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'sources'`).get()).toEqual({ n: 0 });
  });
});
