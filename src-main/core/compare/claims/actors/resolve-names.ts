// Matching a name as written to the user's entity list (exact alias first, then spelling variants of
// one entity's aliases), and deciding whether two names can be the same actor when neither is listed.

import { matchKey, namesMatch } from '../../text/name-key.ts';

export interface EntityRecord {
  id: string;
  name: string;
  kind: string;
  aliases: readonly string[];
}

export interface EntityIndex {
  readonly byKey: ReadonlyMap<string, EntityRecord>;
  readonly entities: readonly EntityRecord[];
}

export function buildEntityIndex(entities: readonly EntityRecord[]): EntityIndex {
  const byKey = new Map<string, EntityRecord>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) byKey.set(matchKey(alias), entity);
  }
  return { byKey, entities };
}

export const emptyEntityIndex: EntityIndex = { byKey: new Map(), entities: [] };

/** The listed entity a name refers to: its exact alias, or the one entity with a spelling variant of it. */
export function findEntity(index: EntityIndex, name: string): EntityRecord | null {
  const exact = index.byKey.get(matchKey(name));
  if (exact !== undefined) return exact;
  const candidates = index.entities.filter((e) => [e.name, ...e.aliases].some((alias) => namesMatch(alias, name)));
  // Two listed entities both fit: the user split them, so the name stays unresolved rather than guessed.
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** Stable key for a name: the entity's id when listed, else the folded name. */
export function actorKey(index: EntityIndex, name: string): string {
  const entity = findEntity(index, name);
  return entity === null ? `name:${matchKey(name)}` : `entity:${entity.id}`;
}

/** Two actors can be one: the same listed entity, or (when not both listed) names that are spelling variants. */
export function sameActor(a: { entityKey: string; name: string }, b: { entityKey: string; name: string }): boolean {
  if (a.entityKey === b.entityKey) return true;
  if (a.entityKey.startsWith('entity:') && b.entityKey.startsWith('entity:')) return false;
  return namesMatch(a.name, b.name);
}
