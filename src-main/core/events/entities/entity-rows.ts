// Reading entities with their aliases out of the database, the index the comparison matches names
// with, and a version string that changes with the list (claims read through it are cached by it).

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { buildEntityIndex, type EntityIndex } from '../../compare/claims/actors/resolve-names.ts';
import type { Entity, EntityKind } from './entity-types.ts';

interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  note: string;
  created_at: string;
  updated_at: string;
  event_count: number;
}

const entityColumns = `e.id, e.name, e.kind, e.note, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM event_actors a WHERE a.entity_id = e.id) AS event_count`;

export function listEntities(db: Database.Database, filter: { kind?: EntityKind | undefined; query?: string | undefined } = {}): Entity[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.kind !== undefined) {
    where.push('e.kind = @kind');
    params['kind'] = filter.kind;
  }
  if (filter.query !== undefined && filter.query.trim() !== '') {
    where.push(`e.id IN (SELECT entity_id FROM entity_aliases WHERE alias LIKE @query ESCAPE '\\')`);
    params['query'] = `%${filter.query.trim().replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
  }
  const sql = `SELECT ${entityColumns} FROM entities e ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.name COLLATE NOCASE, e.id`;
  return withAliases(db, db.prepare(sql).all(params) as EntityRow[]);
}

export function readEntity(db: Database.Database, id: string): Entity {
  const row = db.prepare(`SELECT ${entityColumns} FROM entities e WHERE e.id = ?`).get(id) as EntityRow | undefined;
  if (!row) throw new AppError('not_found', `No entity with id ${id}.`);
  const [entity] = withAliases(db, [row]);
  if (entity === undefined) throw new AppError('not_found', `No entity with id ${id}.`);
  return entity;
}

function withAliases(db: Database.Database, rows: readonly EntityRow[]): Entity[] {
  const aliases = db
    .prepare(
      `SELECT id, entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at, rowid`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as { id: string; entity_id: string; alias: string }[];
  const byEntity = new Map<string, { id: string; alias: string }[]>();
  for (const a of aliases) {
    const list = byEntity.get(a.entity_id) ?? [];
    list.push({ id: a.id, alias: a.alias });
    byEntity.set(a.entity_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    note: row.note,
    aliases: byEntity.get(row.id) ?? [],
    eventCount: row.event_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** The user's entity list as the comparison uses it. */
export function loadEntityIndex(db: Database.Database): EntityIndex {
  return buildEntityIndex(listEntities(db).map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases.map((a) => a.alias) })));
}

/** Changes whenever the entity list does: part of the key under which claims are cached. */
export function entityListVersion(db: Database.Database): string {
  const row = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM entities) AS e, (SELECT COUNT(*) FROM entity_aliases) AS a,
         (SELECT MAX(updated_at) FROM entities) AS eu, (SELECT MAX(updated_at) FROM entity_aliases) AS au`,
    )
    .get() as { e: number; a: number; eu: string | null; au: string | null };
  return `${row.e}/${row.a}/${row.eu ?? ''}/${row.au ?? ''}`;
}
