// A source as the comparison reads it (metadata card, current text) and its claims, read once per
// revision, event date and entity list, and kept in a small cache: comparisons re-read the same sources.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { EntityIndex } from './claims/actors/resolve-names.ts';
import { parseIsoRange, type DayRange } from './claims/dates/calendar.ts';
import { extractSourceClaims, type SourceClaims } from './claims/extract-claims.ts';

export interface SourceCard {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  kind: string | null;
  url: string | null;
}

export interface LoadedSource {
  card: SourceCard;
  revisionId: string;
  text: string;
}

export function loadSource(db: Database.Database, id: string): LoadedSource {
  const row = db
    .prepare(
      `SELECT s.id, s.title, s.author, s.publisher, s.published_at, s.kind, s.url, r.id AS revision_id, r.text
       FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.id = ?`,
    )
    .get(id) as
    | { id: string; title: string; author: string | null; publisher: string | null; published_at: string | null; kind: string | null; url: string | null; revision_id: string; text: string }
    | undefined;
  if (!row) throw new AppError('not_found', `No source with id ${id}.`);
  return {
    card: { id: row.id, title: row.title, author: row.author, publisher: row.publisher, publishedAt: row.published_at, kind: row.kind, url: row.url },
    revisionId: row.revision_id,
    text: row.text,
  };
}

const cache = new Map<string, SourceClaims>();
const cacheSize = 64;

export function claimsOf(source: LoadedSource, event: DayRange | null, entities: EntityIndex, entitiesVersion: string): SourceClaims {
  const key = `${source.revisionId}|${source.card.publishedAt ?? ''}|${event === null ? '' : `${event.from}-${event.to}`}|${entitiesVersion}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const published = parseIsoRange(source.card.publishedAt)?.from ?? null;
  const claims = extractSourceClaims(source.text, { published, event }, entities);
  cache.set(key, claims);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? key);
  return claims;
}
