// annotations.bulk: tag, untag, link to an event or delete many highlights in
// one undoable step. Set-based SQL, so the undo triggers record exactly the
// links and rows that changed (an already-present tag is not recorded twice).

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../api/errors.ts';
import { resolveTagNames } from '../../codebook/resolve-tag-names.ts';
import { newId, now } from '../../project/ids.ts';
import { MAX_BULK_HIGHLIGHTS, tooMany } from '../../limits.ts';

const id = z.string().min(1).max(100);
/** Undo keeps a before-image of every row touched; this bounds one step's size. */
const ids = z.array(id).min(1).max(MAX_BULK_HIGHLIGHTS, `select ${tooMany('highlights', MAX_BULK_HIGHLIGHTS)}`);

export const annotationsBulkInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('tag'),
    ids,
    tagIds: z.array(id).max(100).default([]),
    /** Tags named by the user; created at the top of the codebook when new. */
    tagNames: z.array(z.string().max(200)).max(100).default([]),
  }),
  z.object({ action: z.literal('untag'), ids, tagIds: z.array(id).min(1).max(100) }),
  z.object({ action: z.literal('link'), ids, eventId: id, stance: z.enum(['reports', 'disputes', 'context']).default('reports') }),
  z.object({ action: z.literal('delete'), ids }),
]);

export type AnnotationsBulkInput = z.output<typeof annotationsBulkInput>;

export interface BulkOutcome {
  action: AnnotationsBulkInput['action'];
  /** Highlights selected. */
  selected: number;
  /** Rows that changed: links added or removed, or highlights deleted. */
  changed: number;
}

export function annotationsBulk(db: Database.Database, input: AnnotationsBulkInput): BulkOutcome {
  const selected = [...new Set(input.ids)];
  requireHighlights(db, selected);
  const json = JSON.stringify(selected);
  const outcome = (changed: number): BulkOutcome => ({ action: input.action, selected: selected.length, changed });
  switch (input.action) {
    case 'tag': {
      const tagIds = [...new Set([...input.tagIds, ...resolveTagNames(db, input.tagNames)])];
      if (tagIds.length === 0) throw new AppError('invalid_input', 'Choose at least one tag to add.');
      requireRows(db, 'tags', tagIds, 'tag');
      // The link copies the highlight's created_at (see 0020): the tag's page by date stays one index range.
      const result = db
        .prepare(
          `INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id, created_at)
           SELECT h.id, t.value, h.created_at FROM highlights h, json_each(@tags) t
           WHERE h.id IN (SELECT value FROM json_each(@ids))`,
        )
        .run({ ids: json, tags: JSON.stringify(tagIds) });
      return outcome(result.changes);
    }
    case 'untag': {
      const result = db
        .prepare(
          `DELETE FROM highlight_tags WHERE tag_id IN (SELECT value FROM json_each(@tags))
             AND highlight_id IN (SELECT value FROM json_each(@ids))`,
        )
        .run({ ids: json, tags: JSON.stringify(input.tagIds) });
      return outcome(result.changes);
    }
    case 'link': {
      requireRows(db, 'events', [input.eventId], 'event');
      // A passage already tied to the event keeps its stance: linking again changes nothing.
      const insert = db.prepare(
        `INSERT OR IGNORE INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      const at = now();
      let changed = 0;
      for (const highlightId of selected) changed += insert.run(newId(), highlightId, input.eventId, input.stance, at, at).changes;
      return outcome(changed);
    }
    case 'delete': {
      const result = db.prepare('DELETE FROM highlights WHERE id IN (SELECT value FROM json_each(?))').run(json);
      return outcome(result.changes);
    }
  }
}

function requireHighlights(db: Database.Database, highlightIds: readonly string[]): void {
  requireRows(db, 'highlights', highlightIds, 'highlight');
}

// A stale selection (rows deleted elsewhere) fails whole rather than half-applying.
function requireRows(db: Database.Database, table: 'highlights' | 'tags' | 'events', rowIds: readonly string[], noun: string): void {
  const found = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(rowIds)) as { n: number };
  if (found.n === rowIds.length) return;
  const missing = rowIds.length - found.n;
  const sample = (db.prepare(`SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM ${table}) LIMIT 3`).pluck().all(JSON.stringify(rowIds)) as string[]).join(', ');
  throw new AppError(
    'not_found',
    missing === 1 ? `No ${noun} with id ${sample}; it may have been deleted. Refresh and try again.` : `${missing} of the selected ${noun}s no longer exist (${sample}…). Refresh and try again.`,
    { missing },
  );
}
