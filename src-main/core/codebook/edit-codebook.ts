// Changing the codebook: create, rename, recolor, describe, move in the
// hierarchy, merge two tags (highlights follow), and delete with a choice of
// what happens to the highlights that carried the tag.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { newId, now } from '../project/ids.ts';
import { readTag } from './tag-rows.ts';
import type { Tag, TagColor } from './tag-types.ts';

export interface NewTag {
  name: string;
  parentId: string | null;
  color: TagColor;
  description: string;
}

export interface TagPatch {
  name?: string | undefined;
  parentId?: string | null | undefined;
  color?: TagColor | undefined;
  description?: string | undefined;
}

export type OnDelete = 'untag' | 'moveToParent';

export function createTag(db: Database.Database, tag: NewTag): Tag {
  if (tag.parentId !== null) readTag(db, tag.parentId);
  refuseSiblingName(db, tag.name, tag.parentId, null);
  const id = newId();
  const at = now();
  db.prepare('INSERT INTO tags (id, parent_id, name, color, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id, tag.parentId, tag.name, tag.color, tag.description, at, at,
  );
  return readTag(db, id);
}

export function updateTag(db: Database.Database, id: string, patch: TagPatch): Tag {
  const tag = readTag(db, id);
  const parentId = patch.parentId === undefined ? tag.parentId : patch.parentId;
  if (parentId !== null) {
    readTag(db, parentId);
    if (parentId === id || isDescendant(db, parentId, id)) {
      throw new AppError('conflict', `"${tag.name}" cannot be moved inside itself.`);
    }
  }
  const name = patch.name ?? tag.name;
  refuseSiblingName(db, name, parentId, id);
  db.prepare('UPDATE tags SET name = ?, parent_id = ?, color = ?, description = ?, updated_at = ? WHERE id = ?').run(
    name, parentId, patch.color ?? tag.color, patch.description ?? tag.description, now(), id,
  );
  return readTag(db, id);
}

export function mergeTags(db: Database.Database, fromId: string, intoId: string): Tag {
  if (fromId === intoId) throw new AppError('invalid_input', 'A tag cannot be merged into itself.');
  const from = readTag(db, fromId);
  const into = readTag(db, intoId);
  // Merging a tag into one of its own children: lift the child first so no cycle forms.
  if (isDescendant(db, intoId, fromId)) {
    db.prepare('UPDATE tags SET parent_id = ?, updated_at = ? WHERE id = ?').run(from.parentId, now(), intoId);
  }
  db.prepare(
    `INSERT INTO highlight_tags (highlight_id, tag_id, created_at)
     SELECT highlight_id, ?, created_at FROM highlight_tags WHERE tag_id = ?
     ON CONFLICT (highlight_id, tag_id) DO NOTHING`,
  ).run(intoId, fromId);
  db.prepare('UPDATE tags SET parent_id = ?, updated_at = ? WHERE parent_id = ?').run(intoId, now(), fromId);
  db.prepare('DELETE FROM tags WHERE id = ?').run(fromId);
  if (into.description === '' && from.description !== '') {
    db.prepare('UPDATE tags SET description = ? WHERE id = ?').run(from.description, intoId);
  }
  return readTag(db, intoId);
}

export function deleteTag(db: Database.Database, id: string, onDelete: OnDelete): { id: string } {
  const tag = readTag(db, id);
  if (onDelete === 'moveToParent') {
    if (tag.parentId === null) throw new AppError('conflict', `"${tag.name}" has no parent tag to move its highlights to.`);
    db.prepare(
      `INSERT INTO highlight_tags (highlight_id, tag_id, created_at)
       SELECT highlight_id, ?, created_at FROM highlight_tags WHERE tag_id = ?
       ON CONFLICT (highlight_id, tag_id) DO NOTHING`,
    ).run(tag.parentId, id);
  }
  db.prepare('UPDATE tags SET parent_id = ?, updated_at = ? WHERE parent_id = ?').run(tag.parentId, now(), id);
  db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  return { id };
}

function refuseSiblingName(db: Database.Database, name: string, parentId: string | null, selfId: string | null): void {
  const clash = db
    .prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE AND parent_id IS ? AND id IS NOT ?')
    .get(name, parentId, selfId) as { id: string } | undefined;
  if (clash) throw new AppError('conflict', `A tag named "${name}" already exists there.`);
}

function isDescendant(db: Database.Database, candidateId: string, ancestorId: string): boolean {
  const row = db
    .prepare(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM tags WHERE id = ?
         UNION SELECT t.id, t.parent_id FROM tags t JOIN up ON t.id = up.parent_id
       ) SELECT 1 AS found FROM up WHERE id = ? LIMIT 1`,
    )
    .get(candidateId, ancestorId) as { found: number } | undefined;
  return row !== undefined && candidateId !== ancestorId;
}
