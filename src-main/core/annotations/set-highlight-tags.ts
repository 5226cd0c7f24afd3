// Replacing the set of tags on a highlight, touching only the links that change
// (so undo records exactly what the user did).

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';

export function setHighlightTags(db: Database.Database, highlightId: string, tagIds: readonly string[]): void {
  const wanted = new Set(tagIds);
  const known = db.prepare('SELECT id FROM tags WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...wanted])) as { id: string }[];
  if (known.length !== wanted.size) {
    const missing = [...wanted].filter((id) => !known.some((k) => k.id === id));
    throw new AppError('not_found', `No tag with id ${missing.join(', ')}.`);
  }
  const { created_at: createdAt } = db.prepare('SELECT created_at FROM highlights WHERE id = ?').get(highlightId) as { created_at: string };
  const current = new Set((db.prepare('SELECT tag_id FROM highlight_tags WHERE highlight_id = ?').all(highlightId) as { tag_id: string }[]).map((r) => r.tag_id));
  const remove = db.prepare('DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?');
  const add = db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id, created_at) VALUES (?, ?, ?)');
  for (const id of current) if (!wanted.has(id)) remove.run(highlightId, id);
  for (const id of wanted) if (!current.has(id)) add.run(highlightId, id, createdAt);
}
