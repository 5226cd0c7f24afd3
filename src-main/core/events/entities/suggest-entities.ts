// Suggestions for the entity list: names in the sources that look like one actor spelled several ways
// (Kadhimi / al-Kadhimi / Al-Kazemi), grouped by surname skeleton and matched name to name. Spellings
// already split into different entities by the user are never suggested together again.

import type Database from 'better-sqlite3';
import { findEntity, type EntityIndex } from '../../compare/claims/actors/resolve-names.ts';
import { claimsOf, loadSource } from '../../compare/source-claims.ts';
import { matchKey, nameWords, namesMatch, skeleton } from '../../compare/text/name-key.ts';
import { guessKind } from './guess-kind.ts';
import type { EntitySuggestion } from './entity-types.ts';

const maxSources = 200;
const maxSuggestions = 50;

interface Spelling {
  name: string;
  key: string;
  count: number;
  sources: Set<string>;
  hasRole: boolean;
}

export function suggestEntities(db: Database.Database, entities: EntityIndex, version: string): EntitySuggestion[] {
  const ids = (db.prepare('SELECT id FROM sources ORDER BY updated_at DESC LIMIT ?').all(maxSources) as { id: string }[]).map((r) => r.id);
  const spellings = new Map<string, Spelling>();
  for (const id of ids) {
    const read = claimsOf(loadSource(db, id), null, entities, version);
    for (const mention of read.mentions) {
      const key = matchKey(mention.name);
      if (key === '') continue;
      const spelling = spellings.get(key) ?? { name: mention.name, key, count: 0, sources: new Set(), hasRole: false };
      spelling.count += 1;
      spelling.sources.add(id);
      spelling.hasRole ||= mention.role !== null;
      spellings.set(key, spelling);
    }
  }
  // Buckets by the skeleton of the last word; inside a bucket, names that match join one cluster.
  const buckets = new Map<string, Spelling[]>();
  for (const spelling of spellings.values()) {
    const last = nameWords(spelling.name).at(-1) ?? '';
    const bucket = skeleton(last);
    if (bucket.length < 3) continue;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), spelling]);
  }
  const suggestions: EntitySuggestion[] = [];
  for (const bucket of buckets.values()) {
    for (const cluster of clusters(bucket)) {
      const suggestion = suggestionOf(cluster, entities);
      if (suggestion !== null) suggestions.push(suggestion);
    }
  }
  return suggestions.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, maxSuggestions);
}

function clusters(spellings: readonly Spelling[]): Spelling[][] {
  const parent = spellings.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k] ?? k)));
  spellings.forEach((a, i) => {
    spellings.forEach((b, j) => {
      if (j > i && namesMatch(a.name, b.name)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Spelling[]>();
  spellings.forEach((s, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), s]));
  return [...groups.values()];
}

function spelledTwoWays(cluster: readonly Spelling[]): boolean {
  const wordSets = cluster.map((s) => nameWords(s.name));
  return wordSets.some((a, i) => wordSets.some((b, j) => j > i && !a.every((w) => b.includes(w)) && !b.every((w) => a.includes(w))));
}

function suggestionOf(cluster: readonly Spelling[], entities: EntityIndex): EntitySuggestion | null {
  if (cluster.length < 2) return null;
  // A person with a title somewhere, or a word spelled two ways: otherwise it is just a name and its short form.
  if (!cluster.some((s) => s.hasRole) && !spelledTwoWays(cluster)) return null;
  const owners = new Set<string>();
  const unlisted: Spelling[] = [];
  for (const s of cluster) {
    const entity = entities.byKey.get(s.key) ?? null;
    if (entity === null) unlisted.push(s);
    else owners.add(entity.id);
  }
  // Already split apart by the user, or nothing left to add.
  if (owners.size > 1 || unlisted.length === 0) return null;
  const [owner] = [...owners];
  const fullest = [...cluster].sort((a, b) => nameWords(b.name).length - nameWords(a.name).length || b.count - a.count)[0];
  if (fullest === undefined) return null;
  const sources = new Set(cluster.flatMap((s) => [...s.sources]));
  return {
    name: owner === undefined ? fullest.name : (findEntity(entities, fullest.name)?.name ?? fullest.name),
    kind: cluster.some((s) => s.hasRole) ? 'person' : guessKind(fullest.name),
    aliases: (owner === undefined ? cluster : unlisted).map((s) => s.name),
    mentions: cluster.reduce((n, s) => n + s.count, 0),
    sources: sources.size,
    entityId: owner ?? null,
  };
}
