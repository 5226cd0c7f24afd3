// The user's changes to an existing highlight: note, color and tags; confirming
// a fuzzy re-anchor after review; re-attaching it to newly selected words; deleting it.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { now } from '../project/ids.ts';
import { resolveTagNames } from '../codebook/resolve-tag-names.ts';
import { describeRange } from './anchoring/describe-range.ts';
import { readHighlight, readHighlightRow } from './highlight-rows.ts';
import type { Highlight, HighlightColor } from './highlight-types.ts';
import { currentText } from './source-text.ts';
import { setHighlightTags } from './set-highlight-tags.ts';

export interface HighlightPatch {
  note?: string | undefined;
  color?: HighlightColor | undefined;
  tagIds?: readonly string[] | undefined;
  tagNames?: readonly string[] | undefined;
  /** The user has looked at a fuzzy re-anchor and accepts the new words. */
  confirmAnchor?: boolean | undefined;
}

export function updateHighlight(db: Database.Database, id: string, patch: HighlightPatch): Highlight {
  const row = readHighlightRow(db, id);
  if (patch.confirmAnchor === true && row.status === 'orphaned') {
    throw new AppError('conflict', 'An orphaned highlight has no words to confirm; re-attach it to a selection instead.');
  }
  const note = patch.note ?? row.note;
  const color = patch.color ?? row.color;
  const confirm = patch.confirmAnchor === true && row.status !== 'anchored';
  db.prepare(
    `UPDATE highlights SET note = ?, color = ?, status = ?, previous_exact = ?, updated_at = ? WHERE id = ?`,
  ).run(note, color, confirm ? 'anchored' : row.status, confirm ? null : row.previous_exact, now(), id);
  if (patch.tagIds !== undefined || patch.tagNames !== undefined) {
    const tagIds = [...(patch.tagIds ?? currentTagIds(db, id)), ...resolveTagNames(db, patch.tagNames ?? [])];
    setHighlightTags(db, id, tagIds);
  }
  return readHighlight(db, id);
}

export function reattachHighlight(db: Database.Database, id: string, start: number, end: number): Highlight {
  const row = readHighlightRow(db, id);
  const { revisionId, text } = currentText(db, row.source_id);
  const anchor = describeRange(text, start, end);
  db.prepare(
    `UPDATE highlights SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', previous_exact = NULL,
       revision_id = ?, updated_at = ? WHERE id = ?`,
  ).run(anchor.position.start, anchor.position.end, anchor.quote.exact, anchor.quote.prefix, anchor.quote.suffix, revisionId, now(), id);
  return readHighlight(db, id);
}

export function deleteHighlight(db: Database.Database, id: string): { id: string } {
  readHighlightRow(db, id);
  db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
  return { id };
}

function currentTagIds(db: Database.Database, highlightId: string): string[] {
  return (db.prepare('SELECT tag_id FROM highlight_tags WHERE highlight_id = ?').all(highlightId) as { tag_id: string }[]).map((r) => r.tag_id);
}
