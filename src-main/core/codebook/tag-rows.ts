// Reading tags, with their highlight counts, out of the database.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { Tag, TagColor } from './tag-types.ts';

interface TagRow {
  id: string;
  parent_id: string | null;
  name: string;
  color: TagColor;
  description: string;
  count: number;
  total_count: number;
  created_at: string;
  updated_at: string;
}

const selectTags = `SELECT t.id, t.parent_id, t.name, t.color, t.description, t.created_at, t.updated_at,
  (SELECT COUNT(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS count,
  (WITH RECURSIVE below(id) AS (SELECT t.id UNION SELECT c.id FROM tags c JOIN below ON c.parent_id = below.id)
   SELECT COUNT(DISTINCT ht.highlight_id) FROM highlight_tags ht WHERE ht.tag_id IN (SELECT id FROM below)) AS total_count
  FROM tags t`;

function toTag(row: TagRow): Tag {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    color: row.color,
    description: row.description,
    count: row.count,
    totalCount: row.total_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTags(db: Database.Database): Tag[] {
  return (db.prepare(`${selectTags} ORDER BY t.name COLLATE NOCASE`).all() as TagRow[]).map(toTag);
}

export function readTag(db: Database.Database, id: string): Tag {
  const row = db.prepare(`${selectTags} WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new AppError('not_found', `No tag with id ${id}.`);
  return toTag(row);
}
