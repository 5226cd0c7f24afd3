// A project with every kind of row a bundle carries, and helpers to export,
// stage and compare projects table by table.

import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Selection } from '../../../src-main/core/bundles/selection.ts';
import type { Core } from '../../../src-main/core/core.ts';
import { openCore } from '../../../src-main/core/core.ts';
import { newId, now } from '../../../src-main/core/project/ids.ts';
import { stageFile, stagedPath } from '../../../src-main/core/project/staging.ts';
import { freshCore, unwrap } from '../core-harness.ts';

export function tempPath(name: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-bundle-')), name);
}

export function sourceIds(core: Core): string[] {
  return (core.project.db.prepare('SELECT id FROM sources ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
}

/** The sample project plus highlights, a tag tree, events with actors and links, aliases, a resolution and revisions. */
export function richProject(): Core {
  const core = freshCore();
  unwrap(core.call('project.loadSample', {}));
  const [first = '', second = '', third = ''] = sourceIds(core);
  const text = (id: string) => unwrap(core.call('sources.get', { id })).text;
  const parent = unwrap(core.call('tags.create', { name: 'Attacks', color: 'red', description: 'Violence against the embassy' }));
  const child = unwrap(core.call('tags.create', { name: 'Rockets', parentId: parent.id }));
  const h1 = unwrap(core.call('annotations.create', { sourceId: first, target: { start: 0, end: 40 }, color: 'green', note: 'Opening claim', tagIds: [child.id] }));
  const h2 = unwrap(core.call('annotations.create', { sourceId: second, target: { start: 10, end: 60 }, tagIds: [parent.id] }));
  const h3 = unwrap(core.call('annotations.create', { sourceId: third, target: { start: 5, end: 30 }, note: 'To check' }));
  const event = unwrap(core.call('events.create', { title: 'Rocket attack', place: 'Baghdad', description: 'Night attack', actorNames: ['Kataib Hezbollah'] }));
  unwrap(core.call('events.link', { highlightId: h1.id, eventId: event.id, stance: 'reports' }));
  unwrap(core.call('events.link', { highlightId: h2.id, eventId: event.id, stance: 'disputes' }));
  const entity = unwrap(core.call('entities.create', { name: 'US Embassy', kind: 'place', aliases: ['the embassy'], note: 'Green Zone' }));
  unwrap(core.call('events.update', { id: event.id, patch: { actorIds: [entity.id] } }));
  core.project.db
    .prepare(`INSERT INTO discrepancy_resolutions (id, event_id, discrepancy_key, trusted_source_id, note, claims_snapshot, created_at, updated_at)
              VALUES (?, ?, 'count', ?, 'Trust the wire', '[]', ?, ?)`)
    .run(newId(), event.id, first, now(), now());
  // A revision that moves h3 (its text shifts) and one kept with a re-imported file.
  unwrap(core.call('sources.revise', { id: third, text: `A new first paragraph.\n\n${text(third)}` }));
  const reimported = `${text(second)}\n\nA correction appended by the editors.`;
  unwrap(core.call('sources.reimport', { id: second, fileName: 'second.txt', dataBase64: Buffer.from(reimported).toString('base64') }));
  void h3;
  return core;
}

/** Exports through the operation and returns the staged bundle's path. */
export function exportToFile(core: Core, selection: Selection = { kind: 'project' }): string {
  const exported = unwrap(core.call('bundles.export', { selection }));
  return stagedPath(core.project, exported.file);
}

export function stageInto(core: Core, bundlePath: string): string {
  return stageFile(core.project, bundlePath, 'sbundle');
}

export function openProjectAt(projectPath: string): Core {
  return openCore(projectPath);
}

/** Every row of every user table, in a stable order, less the columns that are local bookkeeping. */
export function userTables(db: Database.Database): Record<string, unknown[]> {
  const tables: Record<string, string> = {
    sources: `SELECT id, title, author, publisher, published_at, url, kind, language, format, file_name, hex(original) AS original,
                original_sha256, text_sha256, current_revision_id, highlight_count, imported_at, created_at, updated_at FROM sources ORDER BY id`,
    source_revisions: 'SELECT id, source_id, number, lines, removed_lines, text, hex(original) AS original, reason, created_at FROM source_revisions ORDER BY id',
    highlights: 'SELECT * FROM highlights ORDER BY id',
    tags: 'SELECT * FROM tags ORDER BY id',
    highlight_tags: 'SELECT * FROM highlight_tags ORDER BY highlight_id, tag_id',
    events: 'SELECT * FROM events ORDER BY id',
    event_links: 'SELECT * FROM event_links ORDER BY id',
    entities: 'SELECT * FROM entities ORDER BY id',
    entity_aliases: 'SELECT * FROM entity_aliases ORDER BY id',
    event_actors: 'SELECT * FROM event_actors ORDER BY event_id, entity_id',
    discrepancy_resolutions: 'SELECT * FROM discrepancy_resolutions ORDER BY id',
    tag_highlight_counts: 'SELECT * FROM tag_highlight_counts WHERE highlights > 0 ORDER BY tag_id',
    highlight_total: 'SELECT highlights FROM highlight_total',
  };
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(tables)) out[name] = db.prepare(sql).all();
  return out;
}

/** A digest of every row of every table (search indexes and history included), to prove nothing changed. */
export function databaseDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  for (const name of names) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v)));
    }
  }
  return hash.digest('hex');
}
