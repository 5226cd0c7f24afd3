// Changing the entity list: create (confirming a suggestion), rename, add or remove an alias, split some
// aliases off into a new entity, merge two entities (events follow), delete. An alias belongs to one entity.

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { matchKey } from '../../compare/text/name-key.ts';
import { newId, now } from '../../project/ids.ts';
import { readEntity } from './entity-rows.ts';
import type { Entity, EntityKind } from './entity-types.ts';

export interface NewEntity {
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
  note: string;
}

export function createEntity(db: Database.Database, input: NewEntity): Entity {
  const id = newId();
  const at = now();
  db.prepare('INSERT INTO entities (id, name, kind, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, input.name.trim(), input.kind, input.note, at, at);
  for (const alias of uniqueAliases([input.name, ...input.aliases])) insertAlias(db, id, alias, at);
  return readEntity(db, id);
}

export interface EntityPatch {
  name?: string | undefined;
  kind?: EntityKind | undefined;
  note?: string | undefined;
}

export function updateEntity(db: Database.Database, id: string, patch: EntityPatch): Entity {
  const entity = readEntity(db, id);
  const at = now();
  const name = patch.name?.trim() ?? entity.name;
  // A new display name is also a name to match: keep it among the aliases.
  if (!entity.aliases.some((a) => matchKey(a.alias) === matchKey(name))) insertAlias(db, id, name, at);
  db.prepare('UPDATE entities SET name = ?, kind = ?, note = ?, updated_at = ? WHERE id = ?').run(name, patch.kind ?? entity.kind, patch.note ?? entity.note, at, id);
  return readEntity(db, id);
}

export function addAlias(db: Database.Database, id: string, alias: string): Entity {
  const entity = readEntity(db, id);
  if (entity.aliases.some((a) => matchKey(a.alias) === matchKey(alias))) return entity;
  insertAlias(db, id, alias, now());
  touch(db, id);
  return readEntity(db, id);
}

export function removeAlias(db: Database.Database, id: string, alias: string): Entity {
  const entity = readEntity(db, id);
  const key = matchKey(alias);
  if (matchKey(entity.name) === key) throw new AppError('conflict', `"${alias}" is the entity's name; rename it before removing this alias.`);
  const found = entity.aliases.find((a) => matchKey(a.alias) === key);
  if (found === undefined) throw new AppError('not_found', `"${entity.name}" has no alias "${alias}".`);
  db.prepare('DELETE FROM entity_aliases WHERE id = ?').run(found.id);
  touch(db, id);
  return readEntity(db, id);
}

/** Moves the given aliases to a new entity: "Kazemi" is not "Kadhimi" after all. */
export function splitEntity(db: Database.Database, id: string, aliases: readonly string[], name: string | undefined): { kept: Entity; created: Entity } {
  const entity = readEntity(db, id);
  const keys = new Set(aliases.map(matchKey));
  const moving = entity.aliases.filter((a) => keys.has(matchKey(a.alias)));
  if (moving.length === 0) throw new AppError('invalid_input', `None of those names are aliases of "${entity.name}".`);
  if (moving.length === entity.aliases.length) throw new AppError('conflict', 'Splitting off every alias would leave nothing behind; rename the entity instead.');
  if (moving.some((a) => matchKey(a.alias) === matchKey(entity.name))) {
    throw new AppError('conflict', `"${entity.name}" is the entity's name; rename it before splitting that alias off.`);
  }
  const newName = name?.trim() || (moving[0]?.alias ?? '');
  const at = now();
  const newEntityId = newId();
  db.prepare('INSERT INTO entities (id, name, kind, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(newEntityId, newName, entity.kind, '', at, at);
  const move = db.prepare('UPDATE entity_aliases SET entity_id = ?, updated_at = ? WHERE id = ?');
  for (const alias of moving) move.run(newEntityId, at, alias.id);
  if (!moving.some((a) => matchKey(a.alias) === matchKey(newName))) insertAlias(db, newEntityId, newName, at);
  touch(db, id);
  return { kept: readEntity(db, id), created: readEntity(db, newEntityId) };
}

/** One actor listed twice: aliases and event roles move to `intoId`. */
export function mergeEntities(db: Database.Database, fromId: string, intoId: string): Entity {
  if (fromId === intoId) throw new AppError('invalid_input', 'An entity cannot be merged into itself.');
  const from = readEntity(db, fromId);
  const into = readEntity(db, intoId);
  const at = now();
  db.prepare('UPDATE entity_aliases SET entity_id = ?, updated_at = ? WHERE entity_id = ?').run(intoId, at, fromId);
  db.prepare(
    `INSERT INTO event_actors (event_id, entity_id, created_at) SELECT event_id, ?, created_at FROM event_actors WHERE entity_id = ?
     ON CONFLICT (event_id, entity_id) DO NOTHING`,
  ).run(intoId, fromId);
  db.prepare('DELETE FROM event_actors WHERE entity_id = ?').run(fromId);
  db.prepare('DELETE FROM entities WHERE id = ?').run(fromId);
  const note = into.note === '' ? from.note : from.note === '' ? into.note : `${into.note}\n\n${from.note}`;
  db.prepare('UPDATE entities SET note = ?, updated_at = ? WHERE id = ?').run(note, at, intoId);
  return readEntity(db, intoId);
}

export function deleteEntity(db: Database.Database, id: string): { id: string } {
  readEntity(db, id);
  // Children first, so undo puts the entity back before its aliases and roles.
  db.prepare('DELETE FROM event_actors WHERE entity_id = ?').run(id);
  db.prepare('DELETE FROM entity_aliases WHERE entity_id = ?').run(id);
  db.prepare('DELETE FROM entities WHERE id = ?').run(id);
  return { id };
}

/** The entity an alias already belongs to, if any. */
export function entityOfAlias(db: Database.Database, alias: string): string | null {
  const row = db.prepare('SELECT entity_id FROM entity_aliases WHERE match_key = ?').get(matchKey(alias)) as { entity_id: string } | undefined;
  return row?.entity_id ?? null;
}

function insertAlias(db: Database.Database, entityId: string, alias: string, at: string): void {
  const key = matchKey(alias);
  if (key === '') throw new AppError('invalid_input', `"${alias}" has no letters to match on.`);
  const owner = db
    .prepare('SELECT a.entity_id, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.match_key = ?')
    .get(key) as { entity_id: string; name: string } | undefined;
  if (owner !== undefined && owner.entity_id !== entityId) {
    throw new AppError('conflict', `"${alias}" already names "${owner.name}"; merge the two entities if they are one.`, { entityId: owner.entity_id });
  }
  if (owner !== undefined) return;
  db.prepare('INSERT INTO entity_aliases (id, entity_id, alias, match_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(), entityId, alias.trim(), key, at, at,
  );
}

function uniqueAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const alias of aliases) {
    const key = matchKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

function touch(db: Database.Database, id: string): void {
  db.prepare('UPDATE entities SET updated_at = ? WHERE id = ?').run(now(), id);
}
