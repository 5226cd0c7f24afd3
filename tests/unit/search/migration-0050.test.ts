// Migration 0050 on a file from before it: rows that already exist become
// searchable (sources, highlight quotes and notes, events), and the indexes
// follow changes made afterwards.

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations, schemaVersion } from '../../../src-main/core/project/migrations.ts';

const migrations = loadMigrations();
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations, version);
  open.push(db);
  return db;
}

function insertSource(db: Database.Database, id: string, text: string): void {
  db.prepare(
    `INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at)
     VALUES (?, ?, 'text', ?, ?, ?, 't', 't', 't')`,
  ).run(id, `Title ${id}`, Buffer.from(text), `sha-${id}`, `tsha-${id}`);
  db.prepare(`INSERT INTO source_revisions (id, source_id, number, lines, text, reason, created_at) VALUES (?, ?, 1, '[]', ?, 'import', 't')`).run(`${id}-r1`, id, text);
  db.prepare('UPDATE sources SET current_revision_id = ? WHERE id = ?').run(`${id}-r1`, id);
}

function matches(db: Database.Database, table: string, query: string): number[] {
  return db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(query) as number[];
}

function highlightsMatching(db: Database.Database, query: string): string[] {
  return db
    .prepare(`SELECT k.highlight_id FROM highlights_fts f JOIN highlight_search_keys k ON k.seq = f.rowid WHERE highlights_fts MATCH ? ORDER BY k.highlight_id`)
    .pluck()
    .all(query) as string[];
}

describe('migration 0050', () => {
  it('makes the rows of an existing project searchable, and keeps them in step afterwards', () => {
    const db = databaseAt(40);
    insertSource(db, 'a', 'Mortars struck the compound at dawn.');
    insertSource(db, 'b', 'The ambassador left by helicopter.');
    db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, note, created_at, updated_at) VALUES ('h1', 'a', 0, 7, 'Mortars', 'count them', '2020-01-01', '2020-01-01')`).run();
    db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES ('h2', 'b', 4, 14, 'ambassador', '2020-01-02', '2020-01-02')`).run();
    db.prepare(`INSERT INTO events (id, title, description, created_at, updated_at) VALUES ('e1', 'Mortar attack', 'before dawn', 't', 't')`).run();

    applyMigrations(db, migrations, 50);
    expect(schemaVersion(db)).toBe(50);

    expect(matches(db, 'sources_fts', 'helicopter')).toEqual([2]);
    expect(matches(db, 'sources_fts', 'heli*')).toEqual([2]); // through the new prefix index
    expect(highlightsMatching(db, 'exact : mortars')).toEqual(['h1']);
    expect(highlightsMatching(db, 'note : count')).toEqual(['h1']);
    expect(highlightsMatching(db, 'ambassador')).toEqual(['h2']);
    expect(matches(db, 'events_fts', 'mortar')).toHaveLength(1);
    // Keys follow creation order, so the newest highlight has the highest seq.
    expect(db.prepare('SELECT highlight_id FROM highlight_search_keys ORDER BY seq').pluck().all()).toEqual(['h1', 'h2']);

    db.prepare(`UPDATE highlights SET note = 'recount' WHERE id = 'h1'`).run();
    expect(highlightsMatching(db, 'note : count')).toEqual([]);
    expect(highlightsMatching(db, 'note : recount')).toEqual(['h1']);
    db.prepare(`DELETE FROM sources WHERE id = 'b'`).run();
    expect(highlightsMatching(db, 'ambassador')).toEqual([]);
    expect(matches(db, 'sources_fts', 'helicopter')).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) FROM highlight_search_keys').pluck().get()).toBe(1);
    for (const table of ['sources_fts', 'highlights_fts', 'events_fts']) {
      expect(() => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    }
  });

  it('builds on an empty project', () => {
    const db = databaseAt(50);
    expect(db.prepare('SELECT COUNT(*) FROM highlights_fts').pluck().get()).toBe(0);
  });
});

describe('the kept counts of 0050', () => {
  it('start from the rows there are and follow inserts and deletes', () => {
    const db = databaseAt(40);
    insertSource(db, 'a', 'Some text to highlight.');
    db.prepare(`INSERT INTO tags (id, name, created_at, updated_at) VALUES ('t1', 'One', 't', 't')`).run();
    for (const id of ['h1', 'h2']) {
      db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES (?, 'a', 0, 4, 'Some', 't', 't')`).run(id);
      db.prepare(`INSERT INTO highlight_tags (highlight_id, tag_id, created_at) VALUES (?, 't1', 't')`).run(id);
    }
    applyMigrations(db, migrations, 50);
    const counts = () => [db.prepare('SELECT highlights FROM highlight_total').pluck().get(), db.prepare(`SELECT highlights FROM tag_highlight_counts WHERE tag_id = 't1'`).pluck().get()];
    expect(counts()).toEqual([2, 2]);
    db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES ('h3', 'a', 5, 9, 'text', 't', 't')`).run();
    db.prepare(`INSERT INTO highlight_tags (highlight_id, tag_id, created_at) VALUES ('h3', 't1', 't')`).run();
    expect(counts()).toEqual([3, 3]);
    db.prepare(`DELETE FROM highlights WHERE id = 'h1'`).run(); // its tag link goes with it
    expect(counts()).toEqual([2, 2]);
    db.prepare(`DELETE FROM highlight_tags WHERE highlight_id = 'h2'`).run();
    expect(counts()).toEqual([2, 1]);
  });
});
