// Importing one file: extract clean text and metadata, recognise a re-import
// of the same document, and store the original bytes with the first revision.

import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Project } from '../project/project.ts';
import { newId, now } from '../project/ids.ts';
import { extractDocument, type ExtractedDocument } from './extract/extract-document.ts';
import { readSummary } from './source-rows.ts';
import type { ImportOutcome } from './source-types.ts';
import { writeFirstRevision } from './write-revision.ts';
import { statement } from '../project/statements.ts';
import { indexNewSources, type NewSourceText } from '../search/index-new-sources.ts';

export interface ImportRequest {
  /** The file's own name, or null for pasted text. */
  fileName: string | null;
  bytes: Uint8Array;
  /** A title the user typed (paste), which beats one read off the text. */
  title?: string | undefined;
}

export function importSource(project: Project, request: ImportRequest): ImportOutcome {
  const stored = storeImport(project.db, request);
  if (stored.newSource !== null) indexNewSources(project.db, [stored.newSource]);
  return stored.outcome;
}

export interface StoredImport {
  outcome: ImportOutcome;
  /** What the search index needs for a source just stored (null for a duplicate); see index-new-sources.ts. */
  newSource: NewSourceText | null;
}

/** Extracts and stores one file, leaving the search index to the caller. Throws AppError for a file it cannot read. */
export function storeImport(db: Database.Database, request: ImportRequest): StoredImport {
  return storeExtracted(db, request, extractDocument(request.fileName ?? 'pasted text.txt', request.bytes));
}

/** Stores one file given its extraction (see import-batch.ts for the one caller that extracts elsewhere). */
export function storeExtracted(db: Database.Database, request: ImportRequest, document: ExtractedDocument): StoredImport {
  const originalSha256 = sha256(request.bytes);
  const textSha256 = sha256(document.lines.join('\n'));

  const existing = statement(db, 'SELECT id FROM sources WHERE original_sha256 = ? OR text_sha256 = ? LIMIT 1')
    .get(originalSha256, textSha256) as { id: string } | undefined;
  if (existing) return { outcome: { status: 'duplicate', source: readSummary(db, existing.id) }, newSource: null };

  const id = newId();
  const revisionId = newId();
  const at = now();
  const { metadata } = document;
  const title = request.title?.trim() || metadata.title || titleFromFileName(request.fileName);
  const { seq } = statement(
    db,
    `INSERT INTO sources (id, title, author, publisher, published_at, url, kind, language, format, file_name,
       original, original_sha256, text_sha256, current_revision_id, imported_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
  ).get(
    id, title, metadata.author, metadata.publisher, metadata.publishedAt, metadata.url, metadata.kind,
    metadata.language, document.format, request.fileName, Buffer.from(request.bytes), originalSha256,
    textSha256, revisionId, at, at, at,
  ) as { seq: number };
  const text = writeFirstRevision(db, id, revisionId, { lines: document.lines, removed: document.removed, reason: 'import' });
  return { outcome: { status: 'imported', source: readSummary(db, id) }, newSource: { seq, title, text } };
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function titleFromFileName(fileName: string | null): string {
  if (fileName === null) return 'Pasted text';
  return path.basename(fileName).replace(/\.[^.]+$/, '');
}
