// Reading highlights out of the database, with their tags, into the contract's shape.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { AnchorStatus } from './anchoring/types.ts';
import type { Highlight, HighlightColor, TagRef } from './highlight-types.ts';

export interface HighlightRow {
  id: string;
  source_id: string;
  revision_id: string | null;
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  previous_exact: string | null;
  color: HighlightColor;
  note: string;
  created_at: string;
  updated_at: string;
}

export const highlightColumns = `h.id, h.source_id, h.revision_id, h.start, h."end", h.exact, h.prefix, h.suffix, h.status,
  h.previous_exact, h.color, h.note, h.created_at, h.updated_at`;

export function toHighlights(db: Database.Database, rows: readonly HighlightRow[]): Highlight[] {
  const tags = tagsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.source_id,
    start: row.status === 'orphaned' ? null : row.start,
    end: row.status === 'orphaned' ? null : row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    status: row.status,
    previousExact: row.previous_exact,
    color: row.color,
    note: row.note,
    tags: tags.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function readHighlightRow(db: Database.Database, id: string): HighlightRow {
  const row = db.prepare(`SELECT ${highlightColumns} FROM highlights h WHERE h.id = ?`).get(id) as HighlightRow | undefined;
  if (!row) throw new AppError('not_found', `No highlight with id ${id}.`);
  return row;
}

export function readHighlight(db: Database.Database, id: string): Highlight {
  const [highlight] = toHighlights(db, [readHighlightRow(db, id)]);
  if (!highlight) throw new AppError('not_found', `No highlight with id ${id}.`);
  return highlight;
}

function tagsOf(db: Database.Database, highlightIds: readonly string[]): Map<string, TagRef[]> {
  const byHighlight = new Map<string, TagRef[]>();
  if (highlightIds.length === 0) return byHighlight;
  const rows = db
    .prepare(
      `SELECT ht.highlight_id, t.id, t.name, t.color FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
       WHERE ht.highlight_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    )
    .all(JSON.stringify(highlightIds)) as { highlight_id: string; id: string; name: string; color: TagRef['color'] }[];
  for (const row of rows) {
    const list = byHighlight.get(row.highlight_id) ?? [];
    list.push({ id: row.id, name: row.name, color: row.color });
    byHighlight.set(row.highlight_id, list);
  }
  return byHighlight;
}
