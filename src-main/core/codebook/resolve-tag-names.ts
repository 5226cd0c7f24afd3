// Tags named by the user inline (while highlighting, or on the command line):
// an existing tag of that name anywhere in the codebook, else a new top-level tag.

import type Database from 'better-sqlite3';
import { createTag } from './edit-codebook.ts';

export function resolveTagNames(db: Database.Database, names: readonly string[]): string[] {
  const find = db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE ORDER BY parent_id IS NOT NULL, created_at LIMIT 1');
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].map((name) => {
    const existing = find.get(name) as { id: string } | undefined;
    return existing?.id ?? createTag(db, { name, parentId: null, color: 'gray', description: '' }).id;
  });
}
