// New versions of a source's text: the user's own edit (a typo, an OCR error)
// or a corrected article re-imported over the source. Either way a revision
// is added, the earlier ones kept, and every highlight re-anchored.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { ReanchorSummary } from '../annotations/reanchor-source.ts';
import { extractDocument } from './extract/extract-document.ts';
import { normalizeToLines } from './extract/normalize-text.ts';
import { readCurrentRevision, readDetail } from './source-rows.ts';
import type { SourceDetail } from './source-types.ts';
import { writeRevision } from './write-revision.ts';

export interface RevisionOutcome {
  source: SourceDetail;
  reanchored: ReanchorSummary;
}

export function reviseText(db: Database.Database, id: string, text: string): RevisionOutcome {
  const current = readCurrentRevision(db, id);
  const lines = normalizeToLines(text);
  if (lines.join('\n').trim() === '') throw new AppError('invalid_input', 'The new text is empty; a source keeps at least some text.');
  if (lines.join('\n') === current.text) throw new AppError('conflict', 'The text is unchanged; no revision was made.');
  // The edited text is the document now; lines set aside at import stay visible in earlier revisions.
  const { reanchored } = writeRevision(db, id, { lines, removed: [], reason: 'edited' });
  return { source: readDetail(db, id), reanchored };
}

export function reimportSource(db: Database.Database, id: string, fileName: string, bytes: Uint8Array): RevisionOutcome {
  readCurrentRevision(db, id);
  const document = extractDocument(fileName, bytes);
  const { reanchored } = writeRevision(db, id, { lines: document.lines, removed: document.removed, original: bytes, reason: `re-imported ${fileName}` });
  return { source: readDetail(db, id), reanchored };
}
